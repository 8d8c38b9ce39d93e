import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { ExtraActionColumn } from '@/features/actions/components/action-rows-table';

/** The "Post an update" link per action, named for its action so a screen reader's list of links tells them apart. */
export const postUpdateColumn: ExtraActionColumn = {
  header: 'Update',
  cell: (action) => (
    <Link className="govuk-link" to={paths.actions.update.getHref(action.id)}>
      Post an update <span className="govuk-visually-hidden">on {action.referenceCode}</span>
    </Link>
  ),
};
