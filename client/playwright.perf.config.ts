import { defineConfig } from '@playwright/test';

import base from './playwright.config';

/**
 * The performance measurements in e2e/perf/ (files `*.perf.ts`): the same browser and sign-in as the end-to-end tests,
 * but only when asked for (`npx playwright test -c playwright.perf.config.ts`), never in `npm run test:e2e`.
 */
export default defineConfig({
  ...base,
  timeout: 900_000,
  reporter: [['list']],
  projects: [
    { ...base.projects?.[0], name: 'setup' },
    { ...base.projects?.[1], name: 'perf', testMatch: /.*\.perf\.ts$/ },
  ],
});
