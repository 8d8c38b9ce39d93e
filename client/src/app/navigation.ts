import { matchPath } from 'react-router';

import type { CurrentUserDto } from '@/api/delivery-tracker-client';
import type { ServiceNavigationItem } from '@/components/govuk/service-navigation';
import { paths } from '@/config/paths';
import { isAdministrator } from '@/features/auth/utils/is-administrator';
import { canEditPlans, canReadReminders } from '@/features/auth/utils/permissions';

type Section = { text: string; href: string; show: (user: CurrentUserDto) => boolean; within: string[] };

const everyone = () => true;

/** The service's sections in menu order, who sees each, and the pages that count as inside it. */
const sections: Section[] = [
  {
    text: 'Plans',
    href: paths.home.getHref(),
    show: everyone,
    within: [
      paths.home.path,
      paths.plans.plan.path,
      paths.plans.dashboard.path,
      paths.plans.recommendations.path,
      paths.plans.settings.path,
      paths.plans.edit.path,
      paths.plans.newTheme.path,
      paths.themes.edit.path,
      paths.themes.newObjective.path,
      paths.objectives.edit.path,
      paths.objectives.newAction.path,
      paths.actions.action.path,
      paths.actions.edit.path,
      paths.actions.update.path,
      paths.actions.timescale.path,
    ],
  },
  { text: 'My actions', href: paths.actions.mine.getHref(), show: (user) => user.leadId != null, within: [paths.actions.mine.path] },
  { text: 'Overdue and due soon', href: paths.actions.overdue.getHref(), show: canEditPlans, within: [paths.actions.overdue.path] },
  { text: 'Reminders', href: paths.reminders.log.getHref(), show: canReadReminders, within: [paths.reminders.log.path] },
  { text: 'KPIs', href: paths.kpis.list.getHref(), show: everyone, within: [paths.kpis.list.path, paths.kpis.kpi.path, paths.kpis.record.path, paths.kpis.correct.path] },
  { text: 'Leads', href: paths.leads.list.getHref(), show: canEditPlans, within: [paths.leads.list.path, paths.leads.new.path, paths.leads.edit.path] },
  { text: 'API keys', href: paths.admin.apiKeys.getHref(), show: isAdministrator, within: [paths.admin.apiKeys.path] },
  { text: 'Users', href: paths.admin.users.getHref(), show: isAdministrator, within: [paths.admin.users.path, paths.admin.user.path] },
];

/** The menu for this user on this page: nothing when signed out; `current` on the section's own page, `active` inside it. */
export function navigationItems(user: CurrentUserDto | null, pathname: string): ServiceNavigationItem[] {
  if (!user) return [];
  return sections
    .filter((section) => section.show(user))
    .map((section) => ({
      text: section.text,
      href: section.href,
      current: pathname === section.href,
      active: section.within.some((pattern) => matchPath(pattern, pathname) !== null),
    }));
}
