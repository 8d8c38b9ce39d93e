import type { ReactNode } from 'react';

/** GOV.UK inset text (`govuk-inset-text`): a quotation, example or extra information set apart from the text around it. */
export function InsetText({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="govuk-inset-text" id={id}>
      {children}
    </div>
  );
}
