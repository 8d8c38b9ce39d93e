import { Link } from 'react-router';

import type { UserDto } from '@/api/delivery-tracker-client';
import { Table, type TableColumn } from '@/components/govuk/table';
import { paths } from '@/config/paths';
import { roleNames } from '@/features/users/utils/role-names';
import { UserStatusTag } from '@/features/users/components/user-status-tag';
import { userStatus } from '@/features/users/utils/user-status';

/** One row per user account: name (linked to the user's page), email address, roles and whether they can sign in. */
export function UsersTable({ users }: { users: readonly UserDto[] }) {
  const columns: TableColumn<UserDto>[] = [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      cell: (user) => (
        <Link className="govuk-link" to={paths.admin.user.getHref(user.id)}>
          {user.displayName}
        </Link>
      ),
    },
    { key: 'email', header: 'Email address', cell: (user) => user.email },
    {
      key: 'roles',
      header: 'Roles',
      cell: (user) => (
        <ul className="govuk-list govuk-!-margin-bottom-0">
          {user.roles.map((role) => (
            <li key={role}>{roleNames[role]}</li>
          ))}
        </ul>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      cell: (user) => <UserStatusTag status={userStatus(user)} />,
    },
  ];
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Users table">
      <Table caption="Users" captionHidden columns={columns} rows={users} getRowKey={(user) => user.id} />
    </div>
  );
}
