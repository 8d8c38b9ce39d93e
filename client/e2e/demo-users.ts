import { fileURLToPath } from 'node:url';

/**
 * The demo users the API creates in Development (see README "Signing in"). Their password is the DEMO_PASSWORD the
 * API was started with, given to the tests as E2E_PASSWORD (.ci/test generates one per run).
 */
export const demoUsers = {
  administrator: { email: 'admin@example.org', displayName: 'Demo administrator' },
  programmeManager: { email: 'pm@example.org', displayName: 'Demo programme manager' },
  boardMember: { email: 'board@example.org', displayName: 'Demo board member' },
  lead: { email: 'lead@example.org', displayName: 'Demo lead' },
  viewer: { email: 'viewer@example.org', displayName: 'Demo viewer' },
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

/** The lead's session (linked to the seed lead with the most actions), for "my actions" and posting updates. */
export const leadStorageState = fileURLToPath(new URL('.auth/lead.json', import.meta.url));

/** The board member's session, for the dashboard as at a board date. */
export const boardMemberStorageState = fileURLToPath(new URL('.auth/board-member.json', import.meta.url));

/** The viewer's session: reads everything, may change nothing. */
export const viewerStorageState = fileURLToPath(new URL('.auth/viewer.json', import.meta.url));
