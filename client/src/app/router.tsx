import { createBrowserRouter, RouterProvider } from 'react-router';

import { AccessibilityStatementRoute } from '@/app/routes/accessibility/accessibility-statement';
import { NotFoundRoute } from '@/app/routes/not-found';
import { PlanTreeRoute } from '@/app/routes/plans/plan-tree';
import { PlansListRoute } from '@/app/routes/plans/plans-list';
import { RouteErrorRoute } from '@/app/routes/route-error';
import { AppLayout } from '@/components/layouts/app-layout';
import { paths } from '@/config/paths';

// Every page shares the layout; the pathless route inside it catches render errors so the header and footer stay.
const router = createBrowserRouter([
  {
    path: paths.home.path,
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorRoute />,
        children: [
          { index: true, element: <PlansListRoute /> },
          { path: paths.plans.plan.path, element: <PlanTreeRoute /> },
          { path: paths.accessibility.path, element: <AccessibilityStatementRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
