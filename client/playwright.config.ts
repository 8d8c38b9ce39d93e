import { defineConfig, devices } from '@playwright/test';

import { programmeManagerStorageState } from './e2e/demo-users';

/**
 * End-to-end tests against a running API that serves the built SPA (the caller starts it; there is no
 * webServer block). The API runs in Development, so it has the demo users; E2E_PASSWORD is their password. The
 * `setup` project signs in once and the other tests start from its session. Chromium is Debian's
 * (`apt-get install chromium`): Playwright's own browser download cannot work on these machines, so
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 is always set.
 */
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/e2e-artifacts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One browser at a time: the API, its PostgreSQL and Chromium already share the machine's two cores.
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'setup',
      testMatch: /.*\.setup\.ts$/,
      use: { ...chromium },
    },
    {
      name: 'chromium',
      dependencies: ['setup'],
      use: { ...chromium, storageState: programmeManagerStorageState },
    },
  ],
});
