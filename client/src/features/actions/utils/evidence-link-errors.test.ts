import { describe, expect, it } from 'vitest';

import { foldEvidenceLinkErrors } from '@/features/actions/utils/evidence-link-errors';
import { ApiProblemError } from '@/lib/api-client';

describe('foldEvidenceLinkErrors', () => {
  it('puts each bad link\u2019s message on the one evidence field, saying which link', () => {
    const error = new ApiProblemError(400, {
      status: 400,
      errors: { status: ['Choose a status'], 'evidenceLinks[1]': ['An evidence link must be an absolute http or https URL.'] },
    });

    const folded = foldEvidenceLinkErrors(error) as ApiProblemError;

    expect(folded.problem.errors).toEqual({
      status: ['Choose a status'],
      evidenceLinks: ['Evidence link 2: An evidence link must be an absolute http or https URL.'],
    });
  });

  it('leaves other problems alone', () => {
    const error = new ApiProblemError(412, { status: 412 });
    expect(foldEvidenceLinkErrors(error)).toBe(error);
  });
});
