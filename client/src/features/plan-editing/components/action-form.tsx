import { useState, type FormEvent, type ReactNode } from 'react';

import type { ActionStatus } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import { Textarea } from '@/components/govuk/textarea';
import { TimescaleReading } from '@/features/plan-editing/components/timescale-reading';
import type { ActionFormChoices } from '@/features/plan-editing/hooks/use-action-form-choices';
import { shortText } from '@/features/plan-editing/utils/short-text';
import { actionStatusLabels } from '@/features/plans/components/action-status-tag';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

export type ActionValues = {
  referenceCode: string;
  text: string;
  status: ActionStatus;
  /** The chosen leads' ids, primary first. */
  leadIds: string[];
  leadToBeAgreed: boolean;
  recommendationNumbers: number[];
  kpiText: string;
  kpiIds: string[];
  timescale: string;
};

export const emptyActionValues: ActionValues = {
  referenceCode: '',
  text: '',
  status: 'NotStarted',
  leadIds: [],
  leadToBeAgreed: false,
  recommendationNumbers: [],
  kpiText: '',
  kpiIds: [],
  timescale: '',
};

/**
 * The form's fields by the names the API gives them in a validation problem, for `leadRows` lead choices. The
 * timescale is `timescale` in a new action's request and `timescale.raw` in a change, so both point at its input.
 */
export function actionFields(leadRows: number): FormField[] {
  return [
    { name: 'referenceCode', id: 'action-reference' },
    { name: 'text', id: 'action-text' },
    { name: 'status', id: 'action-status' },
    { name: 'leads', id: 'action-lead-0' },
    ...Array.from({ length: leadRows }, (_, index) => ({ name: `leads[${index}].leadId`, id: `action-lead-${index}` })),
    { name: 'leadToBeAgreed', id: 'action-lead-to-be-agreed' },
    { name: 'recommendationNumbers', id: 'action-recommendations' },
    { name: 'kpiText', id: 'action-kpi-text' },
    { name: 'kpiIds', id: 'action-kpis' },
    { name: 'timescale', id: 'action-timescale' },
    { name: 'timescale.raw', id: 'action-timescale' },
  ];
}

const statusItems = (Object.keys(actionStatusLabels) as ActionStatus[]).map((status) => ({ value: status, text: actionStatusLabels[status] }));

type ActionFormProps = {
  planId: string;
  /** True for a new action: the reference may be left for the service to give. */
  isNew: boolean;
  initial: ActionValues;
  choices: ActionFormChoices;
  errors: FormErrors;
  pending: boolean;
  submitLabel: string;
  /** Receives the values with empty lead rows left out, so `leads[n]` in the API's answer is the n-th row shown. */
  onSubmit: (values: ActionValues) => void;
  /** Cancel (and, when editing, delete) links beside the button. */
  links: ReactNode;
};

/**
 * An action's writable fields: reference, text, status, leads (the first is primary; or "to be agreed", which
 * excludes leads), the review's recommendations it answers, the KPI as written and the KPIs that measure it, and the
 * timescale as written with how the API reads it. The form checks nothing itself: the API says what is wrong.
 */
export function ActionForm({ planId, isNew, initial, choices, errors, pending, submitLabel, onSubmit, links }: ActionFormProps) {
  const [referenceCode, setReferenceCode] = useState(initial.referenceCode);
  const [text, setText] = useState(initial.text);
  const [status, setStatus] = useState<ActionStatus>(initial.status);
  // At least one row to choose in, unless the lead is to be agreed.
  const [leadRows, setLeadRows] = useState<string[]>(initial.leadIds.length > 0 ? initial.leadIds : ['']);
  const [leadToBeAgreed, setLeadToBeAgreed] = useState(initial.leadToBeAgreed);
  const [recommendations, setRecommendations] = useState(initial.recommendationNumbers.map(String));
  const [kpiText, setKpiText] = useState(initial.kpiText);
  const [kpiIds, setKpiIds] = useState(initial.kpiIds);
  const [timescale, setTimescale] = useState(initial.timescale);

  const leadOptions = [{ value: '', text: 'Choose a lead' }, ...choices.leads.map((lead) => ({ value: lead.id, text: lead.name }))];

  function chooseLead(index: number, leadId: string) {
    setLeadRows((rows) => rows.map((row, at) => (at === index ? leadId : row)));
    // A named lead and "to be agreed" exclude each other (the API refuses both).
    if (leadId) setLeadToBeAgreed(false);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const chosen = leadToBeAgreed ? [] : leadRows.filter((leadId) => leadId !== '');
    // Rows left empty go, so the rows shown are the leads sent and the API's `leads[1]` is the second row.
    setLeadRows(chosen.length > 0 ? chosen : ['']);
    onSubmit({
      referenceCode: referenceCode.trim(),
      text: text.trim(),
      status,
      leadIds: chosen,
      leadToBeAgreed,
      recommendationNumbers: recommendations.map(Number),
      kpiText: kpiText.trim(),
      kpiIds,
      timescale,
    });
  }

  const leadsError = errors.fieldErrors.leads;
  return (
    <form noValidate onSubmit={handleSubmit}>
      <Input
        id="action-reference"
        name="referenceCode"
        label={isNew ? 'Reference (optional)' : 'Reference'}
        hint={
          isNew
            ? 'Leave blank and the service gives the next free reference for the objective, for example SYV-2.3.'
            : 'Unique in the plan, for example SYV-2.1.'
        }
        value={referenceCode}
        onChange={setReferenceCode}
        error={errors.fieldErrors.referenceCode}
        widthClass="govuk-input--width-10"
        spellCheck={false}
      />
      <Textarea
        id="action-text"
        name="text"
        label="What is to be done"
        hint="As the plan words the action."
        value={text}
        onChange={setText}
        error={errors.fieldErrors.text}
      />
      <Radios id="action-status" name="status" legend="Status" small items={statusItems} value={status} onChange={(value) => setStatus(value as ActionStatus)} error={errors.fieldErrors.status} />

      <div className={leadsError || errors.fieldErrors.leadToBeAgreed ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <fieldset className="govuk-fieldset" aria-describedby={leadsError ? 'action-leads-hint action-leads-error' : 'action-leads-hint'}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Leads</legend>
          <div id="action-leads-hint" className="govuk-hint">
            The first lead is the primary lead, accountable for the action. If the plan says the lead is to be agreed, choose that instead.
          </div>
          {leadsError ? (
            <p id="action-leads-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {leadsError}
            </p>
          ) : null}
          {leadToBeAgreed
            ? null
            : leadRows.map((leadId, index) => (
                <div key={index} className="app-lead-row">
                  <Select
                    id={`action-lead-${index}`}
                    name={`lead-${index}`}
                    label={index === 0 ? 'Primary lead' : `Lead ${index + 1}`}
                    options={leadOptions}
                    value={leadId}
                    onChange={(value) => chooseLead(index, value)}
                    error={errors.fieldErrors[`leads[${index}].leadId`]}
                  />
                  {leadRows.length > 1 ? (
                    <Button variant="secondary" className="app-lead-row__remove" onClick={() => setLeadRows((rows) => rows.filter((_, at) => at !== index))}>
                      Remove{' '}<span className="govuk-visually-hidden">{index === 0 ? 'primary lead' : `lead ${index + 1}`}</span>
                    </Button>
                  ) : null}
                </div>
              ))}
          {leadToBeAgreed ? null : (
            <Button variant="secondary" onClick={() => setLeadRows((rows) => [...rows, ''])}>
              Add another lead
            </Button>
          )}
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {leadToBeAgreed ? null : <div className="govuk-checkboxes__divider">or</div>}
            {errors.fieldErrors.leadToBeAgreed ? (
              <p id="action-lead-to-be-agreed-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.fieldErrors.leadToBeAgreed}
              </p>
            ) : null}
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="action-lead-to-be-agreed"
                name="leadToBeAgreed"
                type="checkbox"
                checked={leadToBeAgreed}
                aria-describedby={errors.fieldErrors.leadToBeAgreed ? 'action-lead-to-be-agreed-error' : undefined}
                onChange={(event) => {
                  setLeadToBeAgreed(event.target.checked);
                  if (event.target.checked) setLeadRows(['']);
                }}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="action-lead-to-be-agreed">
                Lead to be agreed
              </label>
            </div>
          </div>
        </fieldset>
      </div>

      {choices.recommendations.length > 0 ? (
        <Checkboxes
          id="action-recommendations"
          name="recommendationNumbers"
          legend="Recommendations it answers"
          hint="The numbered recommendations of the plan’s review. Select all that apply."
          items={choices.recommendations.map((recommendation) => ({
            value: String(recommendation.number),
            text: `Recommendation ${recommendation.number}`,
            hint: recommendation.text ? shortText(recommendation.text, 140) : undefined,
          }))}
          values={recommendations}
          onChange={setRecommendations}
          error={errors.fieldErrors.recommendationNumbers}
        />
      ) : (
        <div className="govuk-form-group">
          <h2 className="govuk-label govuk-label--s" id="action-recommendations">
            Recommendations it answers
          </h2>
          <p className="govuk-body">The plan answers no review, so its actions cite no recommendations.</p>
        </div>
      )}

      <Textarea
        id="action-kpi-text"
        name="kpiText"
        label="KPI (as written in the plan)"
        hint="The plan’s KPI column, kept as written, for example “Reduction in knife crime offences”."
        value={kpiText}
        onChange={setKpiText}
        error={errors.fieldErrors.kpiText}
        rows={2}
      />
      {choices.kpis.length > 0 ? (
        <Checkboxes
          id="action-kpis"
          name="kpiIds"
          legend="KPIs that measure it"
          hint="The plan’s KPIs and those shared across plans. Select all that apply."
          items={choices.kpis.map((kpi) => ({ value: kpi.id, text: `${kpi.code}: ${kpi.name}` }))}
          values={kpiIds}
          onChange={setKpiIds}
          error={errors.fieldErrors.kpiIds}
        />
      ) : (
        <div className="govuk-form-group">
          <h2 className="govuk-label govuk-label--s" id="action-kpis">
            KPIs that measure it
          </h2>
          <p className="govuk-body">There are no KPIs for this plan yet.</p>
        </div>
      )}

      <Input
        id="action-timescale"
        name="timescale"
        label="Timescale (as written in the plan)"
        hint="Kept exactly as written; the service reads dates from it against the plan’s period."
        value={timescale}
        onChange={setTimescale}
        error={errors.fieldErrors.timescale ?? errors.fieldErrors['timescale.raw']}
        widthClass="govuk-!-width-two-thirds"
      />
      <TimescaleReading id="action-timescale-reading" planId={planId} text={timescale} />

      <div className="govuk-button-group">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        {links}
      </div>
    </form>
  );
}
