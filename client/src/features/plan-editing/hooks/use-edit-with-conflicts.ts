import { useState } from 'react';

import { changedFields, readConflict, type ComparedField, type FieldChange } from '@/features/conflicts/utils/conflict';

type EditWithConflictsOptions<Dto extends { etag: string }, Values> = {
  /** The resource as read when the page opened. */
  loaded: Dto;
  /** Sends the user's values as a change of the version `etag` (the mutation's `mutate`). */
  save: (etag: string, values: Values) => void;
  /** The mutation's error: a 412 becomes the conflict, anything else is for the error summary. */
  error: unknown;
  /** The fields the conflict panel compares. */
  fields: readonly ComparedField<Dto, Values>[];
};

export type EditWithConflicts<Dto, Values> = {
  /** The version the form's values started from: `loaded`, or the other person's version once the user discards. */
  base: Dto;
  /** Changes the form remounts on, so "Discard my changes" starts again from `base`. */
  formKey: number;
  /** What the other person changed, beside the user's values; null unless the last save was refused with 412. */
  conflict: FieldChange[] | null;
  /** The save's error other than a conflict, for the error summary and inline messages. */
  error: unknown;
  submit: (values: Values) => void;
  /** "Save my changes again": the user's last values as a change of the version that beat them. */
  reapply: () => void;
  /** "Discard my changes": the form shows the other person's version and writes against it. */
  discard: () => void;
};

/**
 * The one way the editing pages save with `If-Match` and handle a 412: the version edited travels with the form, a
 * refused save shows what the other person changed (their version comes in the 412 itself, so nothing is re-read),
 * and the user either saves their values again on top of it or starts again from it.
 */
export function useEditWithConflicts<Dto extends { etag: string }, Values>({
  loaded,
  save,
  error,
  fields,
}: EditWithConflictsOptions<Dto, Values>): EditWithConflicts<Dto, Values> {
  const [base, setBase] = useState(loaded);
  const [etag, setEtag] = useState(loaded.etag);
  const [lastValues, setLastValues] = useState<Values | undefined>();
  const [formKey, setFormKey] = useState(0);
  // Set once the user has dealt with a conflict, so the panel goes while the next save is under way.
  const [settledError, setSettledError] = useState<unknown>();

  const found = error === settledError ? null : readConflict<Dto>(error);
  const conflict = found && lastValues !== undefined ? changedFields(fields, base, found.current, lastValues) : null;

  return {
    base,
    formKey,
    conflict,
    error: found || error === settledError ? undefined : error,
    submit(values) {
      setLastValues(values);
      save(etag, values);
    },
    reapply() {
      if (!found || lastValues === undefined) return;
      setSettledError(error);
      setBase(found.current);
      setEtag(found.currentETag);
      save(found.currentETag, lastValues);
    },
    discard() {
      if (!found) return;
      setSettledError(error);
      setBase(found.current);
      setEtag(found.currentETag);
      setLastValues(undefined);
      setFormKey((previous) => previous + 1);
    },
  };
}
