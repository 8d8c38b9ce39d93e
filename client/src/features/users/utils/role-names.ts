import type { Role } from '@/api/delivery-tracker-client';

/** Each role in words, in the order the pages list them. */
export const roleNames: Record<Role, string> = {
  Administrator: 'Administrator',
  ProgrammeManager: 'Programme manager',
  Lead: 'Lead',
  BoardMember: 'Board member',
  Viewer: 'Viewer',
};

/** What each role lets the user do, as the roles checkboxes explain it (mirrors api/Infrastructure/Auth/Policies.cs). */
export const roleHints: Record<Role, string> = {
  Administrator: 'Users, roles, API keys and webhooks',
  ProgrammeManager: 'Edit the plan, leads, timescales and KPI measurements; post updates on any action',
  Lead: 'Post progress updates on the actions they lead (needs a linked lead)',
  BoardMember: 'Read everything, including board reports',
  Viewer: 'Read everything, change nothing',
};

export const allRoles = Object.keys(roleNames) as Role[];
