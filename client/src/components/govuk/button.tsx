import type { ReactNode } from 'react';

type ButtonProps = {
  children: ReactNode;
  type?: 'button' | 'submit';
  variant?: 'primary' | 'secondary' | 'warning';
  onClick?: () => void;
  /** Greys the button out while its action is under way (`aria-disabled` and `disabled`, as GOV.UK Frontend does). */
  disabled?: boolean;
  /** Extra classes, e.g. `govuk-!-margin-bottom-0` for a button in a table cell. */
  className?: string;
  /** So an error summary can link to the button (a delete refused by the API). */
  id?: string;
};

/** GOV.UK button (`govuk-button`). */
export function Button({ children, type = 'button', variant = 'primary', onClick, disabled, className, id }: ButtonProps) {
  const classes = ['govuk-button', variant === 'primary' ? '' : `govuk-button--${variant}`, className ?? ''].filter(Boolean).join(' ');
  return (
    <button id={id} type={type} className={classes} onClick={onClick} disabled={disabled} aria-disabled={disabled || undefined}>
      {children}
    </button>
  );
}
