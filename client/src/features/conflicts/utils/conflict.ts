import { isApiProblemError } from '@/lib/api-client';

/**
 * A write refused with 412 because someone else changed the resource first. The API's problem carries the resource as
 * it is now (`current`) and its version (`currentETag`), so the page can show what changed and let the user reapply
 * their edit on top of it without reloading.
 */
export type Conflict<T> = {
  current: T;
  currentETag: string;
};

export function readConflict<T>(error: unknown): Conflict<T> | null {
  if (!isApiProblemError(error) || error.status !== 412) return null;
  const { current, currentETag } = error.problem;
  if (typeof current !== 'object' || current === null || typeof currentETag !== 'string') return null;
  return { current: current as T, currentETag };
}

export type FieldChange = {
  /** The field's name as the page shows it. */
  label: string;
  /** What the user saw when they started editing. */
  before: string;
  /** What the other person saved. */
  theirs: string;
  /** What this user was about to save. */
  mine: string;
};

/** A field the conflict page compares: how to read it from the resource and from the user's form, as text. */
export type ComparedField<Resource, Form> = {
  label: string;
  fromResource: (resource: Resource) => string;
  fromForm: (form: Form) => string;
};

/**
 * The fields the other person changed since the user loaded the page (`before` → `theirs`), with the user's own value
 * beside each, in the order given.
 */
export function changedFields<Resource, Form>(
  fields: readonly ComparedField<Resource, Form>[],
  before: Resource,
  theirs: Resource,
  mine: Form,
): FieldChange[] {
  return fields
    .map((field) => ({
      label: field.label,
      before: field.fromResource(before),
      theirs: field.fromResource(theirs),
      mine: field.fromForm(mine),
    }))
    .filter((change) => change.before !== change.theirs);
}
