import type { ReactNode } from 'react';

type ScrollableTableProps = {
  /** Names the scrolling region for screen readers, e.g. the table's caption. */
  label: string;
  children: ReactNode;
};

/**
 * A wide table in a region that scrolls sideways on a narrow screen (320 px, WCAG 1.4.10 reflow) instead of widening
 * the page. The region takes keyboard focus so keyboard users can scroll it too (axe's scrollable-region-focusable).
 */
export function ScrollableTable({ label, children }: ScrollableTableProps) {
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
