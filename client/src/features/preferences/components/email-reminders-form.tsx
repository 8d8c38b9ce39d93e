import { useState, type FormEvent } from 'react';

import type { PreferencesDto, PreferencesRequest } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Radios } from '@/components/govuk/radios';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

export const emailRemindersFields: FormField[] = [{ name: 'emailReminders', id: 'email-reminders' }];

type EmailRemindersFormProps = {
  preferences: PreferencesDto;
  errors: FormErrors;
  pending: boolean;
  onSubmit: (request: PreferencesRequest) => void;
};

/** "Email me reminders": Yes or No. Reminders always appear on the notifications page whatever the answer. */
export function EmailRemindersForm({ preferences, errors, pending, onSubmit }: EmailRemindersFormProps) {
  const [value, setValue] = useState(preferences.emailReminders ? 'yes' : 'no');
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({ emailReminders: value === 'yes' });
  }
  return (
    <form noValidate onSubmit={handleSubmit}>
      <Radios
        id="email-reminders"
        name="emailReminders"
        legend="Email me reminders"
        legendSize="m"
        hint="Reminders about actions you lead that are due soon or overdue. They always appear on your notifications page too."
        error={errors.fieldErrors.emailReminders}
        inline
        items={[
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No' },
        ]}
        value={value}
        onChange={setValue}
      />
      <Button type="submit" disabled={pending}>
        Save notification settings
      </Button>
    </form>
  );
}
