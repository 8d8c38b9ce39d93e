import { expect, test as setup } from '@playwright/test';

import {
  administratorStorageState,
  boardMemberStorageState,
  demoPassword,
  demoUsers,
  leadStorageState,
  programmeManagerStorageState,
  viewerStorageState,
} from './demo-users';
import { PlansListPage } from './pages/plans-list-page';
import { SignInPage } from './pages/sign-in-page';

// Signs in once per persona for the whole run; the other tests start with these sessions (playwright.config.ts and
// `test.use({ storageState })`). Signing in per test would run into the API's limit of ten sign-in attempts a minute:
// these five are half of it.
const personas = [
  { name: 'programme manager', user: demoUsers.programmeManager, storageState: programmeManagerStorageState },
  { name: 'administrator', user: demoUsers.administrator, storageState: administratorStorageState },
  { name: 'lead', user: demoUsers.lead, storageState: leadStorageState },
  { name: 'board member', user: demoUsers.boardMember, storageState: boardMemberStorageState },
  { name: 'viewer', user: demoUsers.viewer, storageState: viewerStorageState },
];

for (const persona of personas) {
  setup(`sign in as the ${persona.name}`, async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(persona.user.email, demoPassword());
    await expect(new PlansListPage(page).heading).toBeVisible();
    await page.context().storageState({ path: persona.storageState });
  });
}
