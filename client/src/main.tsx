import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';
import '@/styles/app.scss';

// The GOV.UK template marks the body once JavaScript runs: `js-enabled` for scripts in general and
// `govuk-frontend-supported` where ES modules work (they must, or this module would not be running).
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
