import type { CurrentUserDto } from '@/api/delivery-tracker-client';

type User = Pick<CurrentUserDto, 'roles' | 'leadId'> | null | undefined;

/**
 * What the signed-in user may change, mirroring the API's policies (api/Infrastructure/Auth/Policies.cs) so that a
 * page shows an edit control only where the API would accept the request. The API still decides; these only hide
 * controls that would be refused.
 */

/** "edit-plans": plans, themes, objectives, actions, leads, timescale corrections. */
export function canEditPlans(user: User): boolean {
  return user?.roles.includes('ProgrammeManager') ?? false;
}

/** "write-measurements": record and correct KPI measurements. */
export function canWriteMeasurements(user: User): boolean {
  return user?.roles.includes('ProgrammeManager') ?? false;
}

/**
 * "post-progress": programme managers on any action; leads only on the actions they lead (the API checks the action's
 * leads against the user's lead).
 */
export function canPostProgress(user: User, action: { leads: readonly { leadId: string }[] }): boolean {
  if (!user) return false;
  if (user.roles.includes('ProgrammeManager')) return true;
  return user.roles.includes('Lead') && user.leadId != null && action.leads.some((lead) => lead.leadId === user.leadId);
}

/** "read-reminders": the reminders log, for programme managers (who chase leads) and administrators (who look after mail). */
export function canReadReminders(user: User): boolean {
  return (user?.roles.includes('ProgrammeManager') || user?.roles.includes('Administrator')) ?? false;
}
