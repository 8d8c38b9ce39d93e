import { expect, test as setup } from '@playwright/test';

import { administratorStorageState, demoPassword, demoUsers, programmeManagerStorageState } from './demo-users';
import { PlansListPage } from './pages/plans-list-page';
import { SignInPage } from './pages/sign-in-page';

// Signs in once for the whole run; the other tests start with this session (playwright.config.ts). Signing in per
// test would run into the API's limit of ten sign-in attempts a minute.
setup('sign in as the programme manager', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(demoUsers.programmeManager.email, demoPassword());
  await expect(new PlansListPage(page).heading).toBeVisible();
  await page.context().storageState({ path: programmeManagerStorageState });
});

// The administrator's session, for the API keys and users pages (one more sign-in towards the limit of ten a minute).
setup('sign in as the administrator', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(demoUsers.administrator.email, demoPassword());
  await expect(new PlansListPage(page).heading).toBeVisible();
  await page.context().storageState({ path: administratorStorageState });
});
