import { useState, type FormEvent, type ReactNode } from 'react';

import type { PlanStatus, RagScale } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { DateInput } from '@/components/govuk/date-input';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { withoutBlankMeetings, type PlanSettingsValues } from '@/features/plan-editing/utils/plan-settings-values';
import { planStatusLabels } from '@/features/plans/components/plan-status-tag';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';
import { emptyDateParts } from '@/lib/date-parts';

/** The id of a board meeting's day field: where its error links to, and where focus goes when a row is added. */
function meetingId(index: number): string {
  return `plan-board-meeting-${index}`;
}

/** The settings page's fields by the names the API uses (`settings.boardMeetings[1]`), for `meetings` meeting rows. */
export function planSettingsFields(meetings: number): FormField[] {
  return [
    { name: 'title', id: 'plan-title' },
    { name: 'periodStart', id: 'plan-period-start' },
    { name: 'periodEnd', id: 'plan-period-end' },
    { name: 'status', id: 'plan-status' },
    { name: 'settings.ragScale', id: 'plan-rag-scale' },
    { name: 'settings.dueSoonDays', id: 'plan-due-soon-days' },
    { name: 'settings.staleAfterDays', id: 'plan-stale-after-days' },
    { name: 'settings.progressRedBelowPercent', id: 'plan-progress-red' },
    { name: 'settings.progressAmberBelowPercent', id: 'plan-progress-amber' },
    { name: 'settings.remindersPaused', id: 'plan-send-reminders' },
    { name: 'settings.reminderDueSoonDays', id: 'plan-reminder-due-soon-days' },
    { name: 'settings.overdueReminderEveryDays', id: 'plan-overdue-every-days' },
    { name: 'settings.escalateAfterDaysOverdue', id: 'plan-escalate-after-days' },
    { name: 'settings.boardUpdateRequestWorkingDays', id: 'plan-board-update-days' },
    { name: 'settings.boardMeetings', id: 'plan-board-meetings' },
    ...Array.from({ length: meetings }, (_, index) => ({ name: `settings.boardMeetings[${index}]`, id: meetingId(index) })),
  ];
}

const statusItems = (Object.keys(planStatusLabels) as PlanStatus[]).map((status) => ({ value: status, text: planStatusLabels[status] }));

const sendRemindersItems = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No, pause reminders' },
];

const scaleItems: { value: RagScale; text: string; hint: string }[] = [
  { value: 'ThreePoint', text: '3-point', hint: 'Green, Amber, Red.' },
  { value: 'FivePoint', text: '5-point Delivery Confidence', hint: 'Green, Amber/Green, Amber, Amber/Red, Red.' },
];

type PlanSettingsFormProps = {
  initial: PlanSettingsValues;
  errors: FormErrors;
  pending: boolean;
  onSubmit: (values: PlanSettingsValues) => void;
  cancel: ReactNode;
};

/**
 * The plan's title, period and status, its RAG scale and thresholds, its reminder windows and its board calendar (a
 * GOV.UK date input per meeting, added and removed in place).
 */
export function PlanSettingsForm({ initial, errors, pending, onSubmit, cancel }: PlanSettingsFormProps) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof PlanSettingsValues>(key: K) => (value: PlanSettingsValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const error = (name: string) => errors.fieldErrors[name];

  function addMeeting() {
    const index = values.boardMeetings.length;
    setValues((previous) => ({ ...previous, boardMeetings: [...previous.boardMeetings, emptyDateParts] }));
    // The new row's day field, once it is on the page, so keyboard users carry on where they are typing.
    setTimeout(() => document.getElementById(meetingId(index))?.focus(), 0);
  }

  function removeMeeting(index: number) {
    setValues((previous) => ({ ...previous, boardMeetings: previous.boardMeetings.filter((_, at) => at !== index) }));
    setTimeout(() => document.getElementById('plan-add-board-meeting')?.focus(), 0);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    // Blank rows go, so the rows shown are the dates sent and the API's `boardMeetings[1]` is the second row.
    const cleaned = withoutBlankMeetings(values);
    setValues(cleaned);
    onSubmit(cleaned);
  }

  const number = (id: string, key: keyof PlanSettingsValues & `${string}`, label: string, hint: string) => (
    <Input
      id={id}
      name={key}
      label={label}
      hint={hint}
      value={values[key] as string}
      onChange={set(key) as (value: string) => void}
      error={error(`settings.${key}`)}
      widthClass="govuk-input--width-3"
      inputMode="numeric"
    />
  );

  return (
    <form noValidate onSubmit={handleSubmit}>
      <h2 className="govuk-heading-m">The plan</h2>
      <Input id="plan-title" name="title" label="Title" value={values.title} onChange={set('title')} error={error('title')} />
      <DateInput
        id="plan-period-start"
        name="periodStart"
        legend="Start of the period"
        hint="For example, 1 4 2019"
        value={values.periodStart}
        onChange={set('periodStart')}
        error={error('periodStart')}
      />
      <DateInput
        id="plan-period-end"
        name="periodEnd"
        legend="End of the period"
        hint="For example, 31 3 2022"
        value={values.periodEnd}
        onChange={set('periodEnd')}
        error={error('periodEnd')}
      />
      <Radios id="plan-status" name="status" legend="Status" inline small items={statusItems} value={values.status} onChange={(value) => set('status')(value as PlanStatus)} error={error('status')} />

      <h2 className="govuk-heading-m">Ratings</h2>
      <Radios
        id="plan-rag-scale"
        name="ragScale"
        legend="RAG scale"
        items={scaleItems}
        value={values.ragScale}
        onChange={(value) => set('ragScale')(value as RagScale)}
        error={error('settings.ragScale')}
      />
      {number('plan-due-soon-days', 'dueSoonDays', 'Due soon (days)', 'An action due within this many days and not started is Amber.')}
      {number('plan-stale-after-days', 'staleAfterDays', 'Stale after (days)', 'An action with no progress update for this many days is Amber.')}
      {number('plan-progress-red', 'progressRedBelowPercent', 'Progress Red below (%)', 'Progress below this share of what is expected by now is Red.')}
      {number('plan-progress-amber', 'progressAmberBelowPercent', 'Progress Amber below (%)', 'Progress below this share is Amber. At least the Red threshold.')}

      <h2 className="govuk-heading-m">Reminders</h2>
      <Radios
        id="plan-send-reminders"
        name="sendReminders"
        legend="Send reminders for this plan?"
        hint="Choose no for a quiet plan, for example while it is being restructured. Nothing is recorded or sent for it until you choose yes."
        inline
        small
        items={sendRemindersItems}
        value={values.sendReminders}
        onChange={(value) => set('sendReminders')(value as PlanSettingsValues['sendReminders'])}
        error={error('settings.remindersPaused')}
      />
      {number('plan-reminder-due-soon-days', 'reminderDueSoonDays', 'Remind leads before a due date (days)', 'Leads are reminded once when an action falls due within this many days.')}
      {number('plan-overdue-every-days', 'overdueReminderEveryDays', 'Remind again while overdue (days between reminders)', 'While an action stays overdue, its leads are reminded again this often. 7 is weekly.')}
      {number('plan-escalate-after-days', 'escalateAfterDaysOverdue', 'Escalate after (days overdue)', 'Overdue actions go to the programme managers after this many days.')}
      {number(
        'plan-board-update-days',
        'boardUpdateRequestWorkingDays',
        'Ask for updates before a board meeting (working days)',
        'Leads are asked for progress updates this many working days before each meeting. Enter 0 to ask for none.',
      )}

      <div className={error('settings.boardMeetings') ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <h2 className="govuk-heading-m" id="plan-board-meetings" tabIndex={-1}>
          Board calendar
        </h2>
        <p className="govuk-body">The partnership board’s meetings. Leads are asked for updates before each one.</p>
        {error('settings.boardMeetings') ? (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error('settings.boardMeetings')}
          </p>
        ) : null}
        {values.boardMeetings.length === 0 ? <p className="govuk-body">No board meetings yet.</p> : null}
        {values.boardMeetings.map((meeting, index) => (
          <div key={index} className="app-board-meeting">
            <DateInput
              id={meetingId(index)}
              name={`boardMeeting-${index}`}
              legend={`Board meeting ${index + 1}`}
              value={meeting}
              onChange={(value) => set('boardMeetings')(values.boardMeetings.map((existing, at) => (at === index ? value : existing)))}
              error={error(`settings.boardMeetings[${index}]`)}
            />
            <Button variant="secondary" className="app-lead-row__remove" onClick={() => removeMeeting(index)}>
              Remove{' '}<span className="govuk-visually-hidden">board meeting {index + 1}</span>
            </Button>
          </div>
        ))}
        <Button variant="secondary" id="plan-add-board-meeting" onClick={addMeeting}>
          {values.boardMeetings.length === 0 ? 'Add a board meeting' : 'Add another board meeting'}
        </Button>
      </div>

      <div className="govuk-button-group">
        <Button type="submit" disabled={pending}>
          Save settings
        </Button>
        {cancel}
      </div>
    </form>
  );
}
