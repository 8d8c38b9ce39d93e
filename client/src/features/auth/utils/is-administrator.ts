import type { CurrentUserDto } from '@/api/delivery-tracker-client';

/** Whether the user may open the administration pages (API keys, users): the API's "administer" policy. */
export function isAdministrator(user: Pick<CurrentUserDto, 'roles'> | null | undefined): boolean {
  return user?.roles.includes('Administrator') ?? false;
}
