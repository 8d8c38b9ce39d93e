import { ApiProblemError, isApiProblemError } from '@/lib/api-client';

const indexed = /^evidenceLinks\[(\d+)\]$/i;

/**
 * The API names a bad evidence link by its place (`evidenceLinks[1]`); the form has one field for them all. Folds
 * those into `evidenceLinks`, saying which link ("Evidence link 2: …"), so the error summary and the inline message
 * point at the one field. Any other error passes through unchanged.
 */
export function foldEvidenceLinkErrors(error: unknown): unknown {
  if (!isApiProblemError(error) || !error.problem.errors) return error;
  const errors: Record<string, string[]> = {};
  let folded = false;
  for (const [name, messages] of Object.entries(error.problem.errors)) {
    const match = indexed.exec(name);
    if (!match) {
      errors[name] = [...(errors[name] ?? []), ...messages];
      continue;
    }
    folded = true;
    const place = Number(match[1]) + 1;
    errors.evidenceLinks = [...(errors.evidenceLinks ?? []), ...messages.map((message) => `Evidence link ${place}: ${message}`)];
  }
  return folded ? new ApiProblemError(error.status, { ...error.problem, errors }) : error;
}
