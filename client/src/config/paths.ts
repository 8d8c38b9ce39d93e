/**
 * Every route of the SPA in one place. `path` is the router pattern; `getHref` builds a link to it.
 * Nothing else in the app writes a route as a string literal.
 */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  plans: {
    plan: {
      path: '/plans/:planId',
      getHref: (planId: string) => `/plans/${encodeURIComponent(planId)}`,
    },
  },
  auth: {
    signIn: {
      path: '/sign-in',
      /** The sign-in page; `returnTo` is where to go once signed in (left out for the home page). */
      getHref: (returnTo?: string) =>
        returnTo && returnTo !== '/' ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in',
    },
  },
  admin: {
    apiKeys: {
      path: '/admin/api-keys',
      getHref: () => '/admin/api-keys',
    },
    users: {
      path: '/admin/users',
      getHref: () => '/admin/users',
    },
  },
  accessibility: {
    path: '/accessibility',
    getHref: () => '/accessibility',
  },
} as const;

/** The service name shown in the header and page titles. */
export const serviceName = 'Delivery Tracker';
