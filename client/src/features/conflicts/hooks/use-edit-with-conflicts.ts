import { useState } from 'react';

import { changedFields, readConflict, type ComparedField, type FieldChange } from '@/features/conflicts/utils/conflict';

type EditWithConflictsOptions<Dto extends { etag: string }, Values> = {
  /** The resource as read when the page opened. */
  loaded: Dto;
  /**
   * Sends the user's values as a change of the version `etag` (the mutation's `mutate`). `version` is the resource at
   * that version (`loaded`, or the other person's after a conflict), for a write that must repeat fields the form
   * does not show.
   */
  save: (etag: string, values: Values, version: Dto) => void;
  /** The mutation's error: a 412 becomes the conflict, anything else is for the error summary. */
  error: unknown;
  /** The fields the conflict panel compares. */
  fields: readonly ComparedField<Dto, Values>[];
  /**
   * A controlled form's values as they are now: the panel shows them as the user's, and "Save my changes again" sends
   * them. Without it (a form that remounts on `formKey`), both use the values last submitted.
   */
  values?: Values;
  /** A controlled form's "Discard my changes": put the other person's version into the form's values. */
  onDiscard?: (current: Dto) => void;
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
  /** "Save my changes again": the user's values as a change of the version that beat them. */
  reapply: () => void;
  /** "Discard my changes": the form shows the other person's version and writes against it. */
  discard: () => void;
};

/**
 * The one way the editing pages save with `If-Match` and handle a 412: the version edited travels with the form, a
 * refused save shows what the other person changed (their version comes in the 412 itself, so nothing is re-read),
 * and the user either saves their values again on top of it or starts again from it. Works for a form that keeps its
 * own state (remount it on `formKey`) and for a controlled one (pass `values` and `onDiscard`).
 */
export function useEditWithConflicts<Dto extends { etag: string }, Values>({
  loaded,
  save,
  error,
  fields,
  values,
  onDiscard,
}: EditWithConflictsOptions<Dto, Values>): EditWithConflicts<Dto, Values> {
  const [base, setBase] = useState(loaded);
  const [etag, setEtag] = useState(loaded.etag);
  const [lastValues, setLastValues] = useState<Values | undefined>();
  const [formKey, setFormKey] = useState(0);
  // Set once the user has dealt with a conflict, so the panel goes while the next save is under way.
  const [settledError, setSettledError] = useState<unknown>();

  const found = error === settledError ? null : readConflict<Dto>(error);
  // Only a save that was sent can conflict; a controlled form's values may have moved on since.
  const mine = lastValues === undefined ? undefined : (values ?? lastValues);
  const conflict = found && mine !== undefined ? changedFields(fields, base, found.current, mine) : null;

  return {
    base,
    formKey,
    conflict,
    error: found || error === settledError ? undefined : error,
    submit(submitted) {
      setLastValues(submitted);
      save(etag, submitted, base);
    },
    reapply() {
      if (!found || mine === undefined) return;
      setSettledError(error);
      setBase(found.current);
      setEtag(found.currentETag);
      setLastValues(mine);
      save(found.currentETag, mine, found.current);
    },
    discard() {
      if (!found) return;
      setSettledError(error);
      setBase(found.current);
      setEtag(found.currentETag);
      setLastValues(undefined);
      setFormKey((previous) => previous + 1);
      onDiscard?.(found.current);
    },
  };
}
