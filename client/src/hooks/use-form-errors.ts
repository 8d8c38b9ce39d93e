import { useMemo } from 'react';

import type { ErrorSummaryItem } from '@/components/govuk/error-summary';
import { isApiProblemError } from '@/lib/api-client';

/** A form field: the name the API uses for it in a validation problem's `errors`, and the id of its input. */
export type FormField = {
  name: string;
  id: string;
};

export type FormErrors = {
  /** True when there is anything to show; the page title then starts "Error: ". */
  hasErrors: boolean;
  /** The error summary's items, in the order of the form's fields, then anything not about one field. */
  summaryItems: ErrorSummaryItem[];
  /** The inline message for a field, by its API name. */
  fieldErrors: Record<string, string>;
};

export type FormErrorOptions = {
  /**
   * Where a summary item that is about no one field links to, e.g. the first field of a sign-in form, so that every
   * item in the summary takes the user to somewhere they can put it right.
   */
  generalErrorHref?: string;
};

const noErrors: FormErrors = { hasErrors: false, summaryItems: [], fieldErrors: {} };

const serviceProblem = 'Sorry, there is a problem with the service. Try again later.';

/**
 * Turns a failed request into what a GOV.UK form shows: a validation problem's `errors` become one summary item and
 * one inline message per field (matched by name, ignoring case, in the form's order); any other problem becomes one
 * summary item with its detail (401, 429 and other 4xx) or a general message (5xx, whose detail is not for users,
 * and an unreachable service).
 */
export function problemToFormErrors(error: unknown, fields: readonly FormField[], options: FormErrorOptions = {}): FormErrors {
  if (!error) return noErrors;
  const general = (text: string): FormErrors => ({
    hasErrors: true,
    summaryItems: [{ text, href: options.generalErrorHref }],
    fieldErrors: {},
  });
  if (!isApiProblemError(error)) return general(serviceProblem);
  if (error.status === 0) return general('The service could not be reached. Check your connection and try again.');
  if (error.status >= 500) return general(serviceProblem);

  const remaining = new Map(Object.entries(error.problem.errors ?? {}).filter(([, messages]) => messages.length > 0));
  if (remaining.size === 0) return general(error.problem.detail ?? error.problem.title ?? serviceProblem);

  const summaryItems: ErrorSummaryItem[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const field of fields) {
    const key = [...remaining.keys()].find((name) => name.toLowerCase() === field.name.toLowerCase());
    const message = key === undefined ? undefined : remaining.get(key)?.[0];
    if (key === undefined || message === undefined) continue;
    remaining.delete(key);
    fieldErrors[field.name] = message;
    summaryItems.push({ text: message, href: `#${field.id}` });
  }
  for (const messages of remaining.values()) {
    summaryItems.push(...messages.map((text) => ({ text, href: options.generalErrorHref })));
  }
  return { hasErrors: true, summaryItems, fieldErrors };
}

/** The one way every form shows a failed request: {@link problemToFormErrors}, kept stable between renders. */
export function useFormErrors(error: unknown, fields: readonly FormField[], options: FormErrorOptions = {}): FormErrors {
  const { generalErrorHref } = options;
  return useMemo(() => problemToFormErrors(error, fields, { generalErrorHref }), [error, fields, generalErrorHref]);
}
