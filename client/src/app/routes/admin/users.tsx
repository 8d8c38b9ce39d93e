import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { FlashBanner } from '@/components/states/flash-banner';
import { useUsers } from '@/features/users/api/list-users';
import { UsersTable } from '@/features/users/components/users-table';
import { usePageTitle } from '@/hooks/use-page-title';

/** The administrator's list of user accounts, each linked to its own page; shows the banner after a change there. */
export function UsersRoute() {
  usePageTitle('Users');
  const users = useUsers();

  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-xl">Users</h1>
      <p className="govuk-body-l">Everyone who can sign in to the service, with their roles.</p>
      {users.isPending ? (
        <p className="govuk-body" role="status">
          Loading users…
        </p>
      ) : users.isError ? (
        <ApiErrorMessage error={users.error} />
      ) : users.data.items.length === 0 ? (
        <p className="govuk-body">There are no users yet.</p>
      ) : (
        <UsersTable users={users.data.items} />
      )}
    </>
  );
}
