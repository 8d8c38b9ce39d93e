import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider, useLocation, type RouteObject } from 'react-router';

import { navigationItems } from '@/app/navigation';

import { AccessibilityStatementRoute } from '@/app/routes/accessibility/accessibility-statement';
import { SignInRoute } from '@/app/routes/auth/sign-in';
import { NotFoundRoute } from '@/app/routes/not-found';
import { PlansListRoute } from '@/app/routes/plans/plans-list';
import { RouteErrorRoute } from '@/app/routes/route-error';
import { AppLayout } from '@/components/layouts/app-layout';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { AccountNavigation } from '@/features/auth/components/account-navigation';
import { RequireAdministrator } from '@/features/auth/components/require-administrator';
import { RequireSignedIn } from '@/features/auth/components/require-signed-in';
import { NotificationsLink } from '@/features/notifications/components/notifications-link';

// Every page shares the layout; the pathless route inside it catches render errors so the header and footer stay.
// Only the sign-in page, the accessibility statement and the signed update link's page are open to everyone; the rest need a signed-in user, and the
// administration pages an administrator.
function Layout() {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  return <AppLayout navigationItems={navigationItems(user.data ?? null, pathname)} accountNavigation={
        <>
          <NotificationsLink />
          <AccountNavigation />
        </>
      } />;
}

/**
 * A route whose page is loaded when first opened, so the first load carries only the pages everyone sees first and
 * the chart library comes only with the pages that draw charts (the budget: 150 kB of JavaScript, gzipped).
 */
function lazyPage<M extends Record<string, unknown>>(path: string, load: () => Promise<M>, name: keyof M & string): RouteObject {
  return { path, lazy: async () => ({ Component: (await load())[name] as ComponentType }) };
}

const router = createBrowserRouter([
  {
    path: paths.home.path,
    element: <Layout />,
    children: [
      {
        errorElement: <RouteErrorRoute />,
        children: [
          { path: paths.auth.signIn.path, element: <SignInRoute /> },
          { path: paths.accessibility.path, element: <AccessibilityStatementRoute /> },
          lazyPage(paths.updateLink.path, () => import('@/app/routes/update-link/update-link'), 'UpdateLinkRoute'),
          {
            element: <RequireSignedIn />,
            children: [
              { index: true, element: <PlansListRoute /> },
              lazyPage(paths.plans.plan.path, () => import('@/app/routes/plans/plan-tree'), 'PlanTreeRoute'),
              lazyPage(paths.plans.dashboard.path, () => import('@/app/routes/plans/dashboard'), 'DashboardRoute'),
              lazyPage(paths.plans.recommendations.path, () => import('@/app/routes/plans/recommendations'), 'RecommendationsRoute'),
              lazyPage(paths.plans.settings.path, () => import('@/app/routes/plans/plan-settings'), 'PlanSettingsRoute'),
              lazyPage(paths.plans.edit.path, () => import('@/app/routes/plans/plan-structure'), 'PlanStructureRoute'),
              lazyPage(paths.plans.newTheme.path, () => import('@/app/routes/plans/new-theme'), 'NewThemeRoute'),
              lazyPage(paths.themes.edit.path, () => import('@/app/routes/themes/edit-theme'), 'EditThemeRoute'),
              lazyPage(paths.themes.newObjective.path, () => import('@/app/routes/themes/new-objective'), 'NewObjectiveRoute'),
              lazyPage(paths.objectives.edit.path, () => import('@/app/routes/objectives/edit-objective'), 'EditObjectiveRoute'),
              lazyPage(paths.objectives.newAction.path, () => import('@/app/routes/objectives/new-action'), 'NewActionRoute'),
              lazyPage(paths.actions.mine.path, () => import('@/app/routes/actions/my-actions'), 'MyActionsRoute'),
              lazyPage(paths.actions.overdue.path, () => import('@/app/routes/actions/overdue'), 'OverdueRoute'),
              lazyPage(paths.actions.action.path, () => import('@/app/routes/actions/action'), 'ActionRoute'),
              lazyPage(paths.actions.edit.path, () => import('@/app/routes/actions/edit-action'), 'EditActionRoute'),
              lazyPage(paths.actions.update.path, () => import('@/app/routes/actions/post-update'), 'PostUpdateRoute'),
              lazyPage(paths.actions.timescale.path, () => import('@/app/routes/actions/correct-timescale'), 'CorrectTimescaleRoute'),
              lazyPage(paths.kpis.list.path, () => import('@/app/routes/kpis/kpis-list'), 'KpisListRoute'),
              lazyPage(paths.kpis.kpi.path, () => import('@/app/routes/kpis/kpi'), 'KpiRoute'),
              lazyPage(paths.kpis.record.path, () => import('@/app/routes/kpis/record-measurement'), 'RecordMeasurementRoute'),
              lazyPage(paths.kpis.correct.path, () => import('@/app/routes/kpis/correct-measurement'), 'CorrectMeasurementRoute'),
              lazyPage(paths.leads.list.path, () => import('@/app/routes/leads/leads-list'), 'LeadsListRoute'),
              lazyPage(paths.leads.new.path, () => import('@/app/routes/leads/new-lead'), 'NewLeadRoute'),
              lazyPage(paths.leads.edit.path, () => import('@/app/routes/leads/edit-lead'), 'EditLeadRoute'),
              lazyPage(paths.notifications.list.path, () => import('@/app/routes/notifications/notifications'), 'NotificationsRoute'),
              lazyPage(paths.reminders.log.path, () => import('@/app/routes/reminders/reminders-log'), 'RemindersLogRoute'),
              lazyPage(paths.account.settings.path, () => import('@/app/routes/account/account'), 'AccountRoute'),
              {
                element: <RequireAdministrator />,
                children: [
                  lazyPage(paths.admin.apiKeys.path, () => import('@/app/routes/admin/api-keys'), 'ApiKeysRoute'),
                  lazyPage(paths.admin.users.path, () => import('@/app/routes/admin/users'), 'UsersRoute'),
                  lazyPage(paths.admin.user.path, () => import('@/app/routes/admin/user'), 'UserRoute'),
                ],
              },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
