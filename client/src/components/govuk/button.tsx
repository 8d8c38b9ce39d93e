import type { ReactNode } from 'react';

type ButtonProps = {
  children: ReactNode;
  type?: 'button' | 'submit';
  variant?: 'primary' | 'secondary' | 'warning';
  onClick?: () => void;
};

/** GOV.UK button (`govuk-button`). */
export function Button({ children, type = 'button', variant = 'primary', onClick }: ButtonProps) {
  const classes = variant === 'primary' ? 'govuk-button' : `govuk-button govuk-button--${variant}`;
  return (
    <button type={type} className={classes} onClick={onClick}>
      {children}
    </button>
  );
}
