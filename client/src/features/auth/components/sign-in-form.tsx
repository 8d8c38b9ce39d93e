import { useState, type FormEvent } from 'react';

import type { SignInRequest } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Input } from '@/components/govuk/input';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

/** The sign-in form's fields: the names the API gives them in a validation problem, and their input ids. */
export const signInFields = [
  { name: 'email', id: 'email' },
  { name: 'password', id: 'password' },
] as const satisfies readonly FormField[];

type SignInFormProps = {
  errors: FormErrors;
  /** True while a sign-in is under way: a second press of the button does nothing. */
  pending: boolean;
  onSubmit: (request: SignInRequest) => void;
};

/** Email address and password, with their inline errors. Checks nothing itself: the API says what is wrong. */
export function SignInForm({ errors, pending, onSubmit }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit({ email, password });
  }

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Input
        id="email"
        name="email"
        type="email"
        label="Email address"
        value={email}
        onChange={setEmail}
        error={errors.fieldErrors.email}
        autoComplete="email"
        spellCheck={false}
      />
      <Input
        id="password"
        name="password"
        type="password"
        label="Password"
        value={password}
        onChange={setPassword}
        error={errors.fieldErrors.password}
        autoComplete="current-password"
        spellCheck={false}
      />
      <Button type="submit">Sign in</Button>
    </form>
  );
}
