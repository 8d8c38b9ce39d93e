import { describe, expect, it } from 'vitest';

import { problemToFormErrors } from '@/hooks/use-form-errors';
import { ApiProblemError } from '@/lib/api-client';

const fields = [
  { name: 'email', id: 'email' },
  { name: 'password', id: 'password' },
];

describe('problemToFormErrors', () => {
  it('has nothing to show before a request fails', () => {
    expect(problemToFormErrors(null, fields)).toEqual({ hasErrors: false, summaryItems: [], fieldErrors: {} });
  });

  it('gives each field of a validation problem one inline message and a summary item linking to it, in form order', () => {
    const error = new ApiProblemError(400, {
      status: 400,
      title: 'One or more validation errors occurred.',
      errors: { Password: ['The Password field is required.'], email: ['The Email field is required.', 'Second message'] },
    });

    const errors = problemToFormErrors(error, fields);

    expect(errors.hasErrors).toBe(true);
    expect(errors.fieldErrors).toEqual({ email: 'The Email field is required.', password: 'The Password field is required.' });
    expect(errors.summaryItems).toEqual([
      { text: 'The Email field is required.', href: '#email' },
      { text: 'The Password field is required.', href: '#password' },
    ]);
  });

  it('lists errors about no field of the form after the field errors', () => {
    const error = new ApiProblemError(400, { status: 400, errors: { email: ['Enter an email'], '': ['Something else'] } });

    expect(problemToFormErrors(error, fields, { generalErrorHref: '#email' }).summaryItems).toEqual([
      { text: 'Enter an email', href: '#email' },
      { text: 'Something else', href: '#email' },
    ]);
  });

  it('shows the detail of a 401 or 429 in the summary, linked to where the user can put it right', () => {
    const detail = 'The email or password is not right, or the account is locked or disabled.';
    const unauthorized = problemToFormErrors(new ApiProblemError(401, { status: 401, title: 'Sign-in failed.', detail }), fields, {
      generalErrorHref: '#email',
    });
    expect(unauthorized).toEqual({ hasErrors: true, summaryItems: [{ text: detail, href: '#email' }], fieldErrors: {} });

    const tooMany = problemToFormErrors(new ApiProblemError(429, { status: 429, detail: 'Too many attempts. Try again in 60 seconds.' }), fields);
    expect(tooMany.summaryItems).toEqual([{ text: 'Too many attempts. Try again in 60 seconds.', href: undefined }]);
  });

  it('does not show a server error\u2019s detail, which is not written for users', () => {
    const error = new ApiProblemError(500, { status: 500, detail: 'System.InvalidCastException: …' });
    expect(problemToFormErrors(error, fields).summaryItems).toEqual([
      { text: 'Sorry, there is a problem with the service. Try again later.', href: undefined },
    ]);
  });

  it('says when the service cannot be reached', () => {
    const error = new ApiProblemError(0, { status: 0, title: 'The service could not be reached' });
    expect(problemToFormErrors(error, fields).summaryItems[0]?.text).toBe(
      'The service could not be reached. Check your connection and try again.',
    );
  });
});
