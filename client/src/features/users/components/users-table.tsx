import type { Role, UserDto } from '@/api/delivery-tracker-client';
import { Table, type TableColumn } from '@/components/govuk/table';
import { Tag, type TagColour } from '@/components/govuk/tag';
import { userStatus, type UserStatus } from '@/features/users/utils/user-status';

const roleNames: Record<Role, string> = {
  Administrator: 'Administrator',
  ProgrammeManager: 'Programme manager',
  Lead: 'Lead',
  BoardMember: 'Board member',
  Viewer: 'Viewer',
};

const statusColours: Record<UserStatus, TagColour> = {
  Active: 'green',
  Disabled: 'grey',
  Locked: 'orange',
};

/** One row per user account: name, email address, roles and whether they can sign in. */
export function UsersTable({ users }: { users: readonly UserDto[] }) {
  const columns: TableColumn<UserDto>[] = [
    { key: 'name', header: 'Name', cell: (user) => user.displayName, rowHeader: true },
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
      cell: (user) => {
        const status = userStatus(user);
        return <Tag colour={statusColours[status]}>{status}</Tag>;
      },
    },
  ];
  return <Table caption="Users" captionHidden columns={columns} rows={users} getRowKey={(user) => user.id} />;
}
