import { fileURLToPath } from 'node:url';

/**
 * The demo users the API creates in Development (see README "Signing in"). Their password is the DEMO_PASSWORD the
 * API was started with, given to the tests as E2E_PASSWORD (.ci/test generates one per run).
 */
export const demoUsers = {
  administrator: { email: 'admin@example.org', displayName: 'Demo administrator' },
  programmeManager: { email: 'pm@example.org', displayName: 'Demo programme manager' },
  boardMember: { email: 'board@example.org', displayName: 'Demo board member' },
} as const;

export function demoPassword(): string {
  const password = process.env.E2E_PASSWORD;
  if (!password) {
    throw new Error('Set E2E_PASSWORD to the DEMO_PASSWORD the API was started with (in Development), so the tests can sign in.');
  }
  return password;
}

/** Where the setup project keeps the programme manager's signed-in session for the other tests. */
export const programmeManagerStorageState = fileURLToPath(new URL('.auth/programme-manager.json', import.meta.url));

/** Where the setup project keeps the administrator's signed-in session, for the administration pages' tests. */
export const administratorStorageState = fileURLToPath(new URL('.auth/administrator.json', import.meta.url));
