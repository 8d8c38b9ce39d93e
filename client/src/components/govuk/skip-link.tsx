import type { MouseEvent } from 'react';

type SkipLinkProps = {
  /** The id of the element to skip to, without `#`. */
  targetId: string;
  text?: string;
};

/**
 * GOV.UK skip link (`govuk-skip-link`). Moves focus to the target itself, as GOV.UK Frontend's script does,
 * so it works without changing the URL and the router sees no navigation.
 */
export function SkipLink({ targetId, text = 'Skip to main content' }: SkipLinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.classList.add('govuk-skip-link-focused-element');
    target.focus();
  }

  return (
    <a href={`#${targetId}`} className="govuk-skip-link" onClick={handleClick}>
      {text}
    </a>
  );
}
