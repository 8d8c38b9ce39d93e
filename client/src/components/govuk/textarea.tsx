import { FormGroup } from '@/components/govuk/form-group';

type TextareaProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
};

/** GOV.UK textarea (`govuk-textarea`) in a form group, with its label, optional hint and error message. */
export function Textarea({ id, name, label, hint, error, value, onChange, rows = 5 }: TextareaProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
          id={id}
          name={name}
          rows={rows}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
