import { useEffect, useRef, type ReactNode } from 'react';

export type ErrorSummaryItem = {
  text: string;
  /** `#id` of the field in error; items without one are listed as plain text. */
  href?: string;
};

type ErrorSummaryProps = {
  title?: string;
  description?: ReactNode;
  items: ErrorSummaryItem[];
  /** Moves focus to the summary when it appears, as GOV.UK Frontend's script does. */
  autoFocus?: boolean;
};

/** GOV.UK error summary (`govuk-error-summary`). */
export function ErrorSummary({ title = 'There is a problem', description, items, autoFocus = true }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  return (
    <div ref={ref} className="govuk-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          {items.length > 0 ? (
            <ul className="govuk-list govuk-error-summary__list">
              {items.map((item) => (
                <li key={`${item.href ?? ''}${item.text}`}>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
