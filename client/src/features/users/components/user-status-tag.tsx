import { Tag, type TagColour } from '@/components/govuk/tag';
import type { UserStatus } from '@/features/users/utils/user-status';

const statusColours: Record<UserStatus, TagColour> = {
  Active: 'green',
  Disabled: 'grey',
  Locked: 'orange',
};

/** Whether an account can sign in, as a tag with words. */
export function UserStatusTag({ status }: { status: UserStatus }) {
  return <Tag colour={statusColours[status]}>{status}</Tag>;
}
