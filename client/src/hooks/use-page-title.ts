import { useEffect } from 'react';

import { serviceName } from '@/config/paths';

/** Sets the browser title to `<page> – Delivery Tracker` (WCAG 2.4.2: each page has a title that says what it is). */
export function usePageTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} – ${serviceName}`;
  }, [pageTitle]);
}
