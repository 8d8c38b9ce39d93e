import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { ActionStatus } from '@/api/delivery-tracker-client';
import { ActionStatusTag } from '@/features/plans/components/action-status-tag';

const expected: [ActionStatus, string, string][] = [
  ['NotStarted', 'Not started', 'govuk-tag govuk-tag--grey'],
  ['InProgress', 'In progress', 'govuk-tag'],
  ['Blocked', 'Blocked', 'govuk-tag govuk-tag--orange'],
  ['OnHold', 'On hold', 'govuk-tag govuk-tag--yellow'],
  ['Completed', 'Completed', 'govuk-tag govuk-tag--green'],
  ['Cancelled', 'Cancelled', 'govuk-tag govuk-tag--purple'],
];

describe('ActionStatusTag', () => {
  it.each(expected)('shows %s as a GOV.UK tag with the words "%s"', (status, words, className) => {
    const { container } = render(<ActionStatusTag status={status} />);
    const tag = container.querySelector('strong');
    expect(tag?.textContent).toBe(words);
    expect(tag?.className).toBe(className);
  });

  it('gives every status different words', () => {
    expect(new Set(expected.map(([, words]) => words)).size).toBe(expected.length);
  });
});
