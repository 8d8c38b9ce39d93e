import { createBrowserRouter, RouterProvider } from 'react-router';

import { ApiKeysRoute } from '@/app/routes/admin/api-keys';
import { UsersRoute } from '@/app/routes/admin/users';
import { AccessibilityStatementRoute } from '@/app/routes/accessibility/accessibility-statement';
import { SignInRoute } from '@/app/routes/auth/sign-in';
import { NotFoundRoute } from '@/app/routes/not-found';
import { PlanTreeRoute } from '@/app/routes/plans/plan-tree';
import { PlansListRoute } from '@/app/routes/plans/plans-list';
import { RouteErrorRoute } from '@/app/routes/route-error';
import { AppLayout } from '@/components/layouts/app-layout';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { AccountNavigation } from '@/features/auth/components/account-navigation';
import { RequireAdministrator } from '@/features/auth/components/require-administrator';
import { RequireSignedIn } from '@/features/auth/components/require-signed-in';
import { isAdministrator } from '@/features/auth/utils/is-administrator';

// Every page shares the layout; the pathless route inside it catches render errors so the header and footer stay.
// Only the sign-in page and the accessibility statement are open to everyone; the rest need a signed-in user, and the
// administration pages an administrator.
function Layout() {
  const user = useCurrentUser();
  return <AppLayout signedIn={Boolean(user.data)} administrator={isAdministrator(user.data)} accountNavigation={<AccountNavigation />} />;
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
          {
            element: <RequireSignedIn />,
            children: [
              { index: true, element: <PlansListRoute /> },
              { path: paths.plans.plan.path, element: <PlanTreeRoute /> },
              {
                element: <RequireAdministrator />,
                children: [
                  { path: paths.admin.apiKeys.path, element: <ApiKeysRoute /> },
                  { path: paths.admin.users.path, element: <UsersRoute /> },
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
