/**
 * Every route of the SPA in one place. `path` is the router pattern; `getHref` builds a link to it.
 * Nothing else in the app writes a route as a string literal. Query strings (filters, "as at" dates) are built by the
 * page that reads them, from the same names the API uses.
 */
const id = encodeURIComponent;

/** `?name=value&…` from the given values, leaving out empty ones; '' when nothing is left. */
export function queryString(values: Record<string, string | number | boolean | readonly string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) (value as readonly string[]).forEach((item) => search.append(name, item));
    else search.append(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  plans: {
    /** The plan tree (themes → objectives → actions) with its filters in the query string. */
    plan: {
      path: '/plans/:planId',
      getHref: (planId: string, query = '') => `/plans/${id(planId)}${query}`,
    },
    dashboard: {
      path: '/plans/:planId/dashboard',
      getHref: (planId: string, asOf?: string) => `/plans/${id(planId)}/dashboard${queryString({ asOf })}`,
    },
    recommendations: {
      path: '/plans/:planId/recommendations',
      getHref: (planId: string) => `/plans/${id(planId)}/recommendations`,
    },
    settings: {
      path: '/plans/:planId/settings',
      getHref: (planId: string) => `/plans/${id(planId)}/settings`,
    },
    /** Programme managers: the plan's structure, with add, edit, reorder and delete for themes and objectives. */
    edit: {
      path: '/plans/:planId/edit',
      getHref: (planId: string) => `/plans/${id(planId)}/edit`,
    },
    newTheme: {
      path: '/plans/:planId/themes/new',
      getHref: (planId: string) => `/plans/${id(planId)}/themes/new`,
    },
  },
  themes: {
    edit: {
      path: '/themes/:themeId/edit',
      getHref: (themeId: string) => `/themes/${id(themeId)}/edit`,
    },
    newObjective: {
      path: '/themes/:themeId/objectives/new',
      getHref: (themeId: string) => `/themes/${id(themeId)}/objectives/new`,
    },
  },
  objectives: {
    edit: {
      path: '/objectives/:objectiveId/edit',
      getHref: (objectiveId: string) => `/objectives/${id(objectiveId)}/edit`,
    },
    newAction: {
      path: '/objectives/:objectiveId/actions/new',
      getHref: (objectiveId: string) => `/objectives/${id(objectiveId)}/actions/new`,
    },
  },
  actions: {
    action: {
      path: '/actions/:actionId',
      getHref: (actionId: string) => `/actions/${id(actionId)}`,
    },
    edit: {
      path: '/actions/:actionId/edit',
      getHref: (actionId: string) => `/actions/${id(actionId)}/edit`,
    },
    /** Post a progress update (leads on their own actions, programme managers on any). */
    update: {
      path: '/actions/:actionId/update',
      getHref: (actionId: string) => `/actions/${id(actionId)}/update`,
    },
    /** Correct the timescale's dates (programme managers). */
    timescale: {
      path: '/actions/:actionId/timescale',
      getHref: (actionId: string) => `/actions/${id(actionId)}/timescale`,
    },
    /** The actions the signed-in lead leads, most urgent first. */
    mine: {
      path: '/my-actions',
      getHref: () => '/my-actions',
    },
    /** Overdue and due-soon actions across plans, for programme managers. */
    overdue: {
      path: '/overdue',
      getHref: (planId?: string) => `/overdue${queryString({ planId })}`,
    },
  },
  kpis: {
    list: {
      path: '/kpis',
      getHref: (query = '') => `/kpis${query}`,
    },
    kpi: {
      path: '/kpis/:kpiId',
      getHref: (kpiId: string) => `/kpis/${id(kpiId)}`,
    },
    /** Record a measurement for a period, or correct one (`measurementId`). */
    record: {
      path: '/kpis/:kpiId/measurements/new',
      getHref: (kpiId: string) => `/kpis/${id(kpiId)}/measurements/new`,
    },
    correct: {
      path: '/kpis/:kpiId/measurements/:measurementId/edit',
      getHref: (kpiId: string, measurementId: string) => `/kpis/${id(kpiId)}/measurements/${id(measurementId)}/edit`,
    },
  },
  leads: {
    list: {
      path: '/leads',
      getHref: () => '/leads',
    },
    new: {
      path: '/leads/new',
      getHref: () => '/leads/new',
    },
    edit: {
      path: '/leads/:leadId/edit',
      getHref: (leadId: string) => `/leads/${id(leadId)}/edit`,
    },
  },
  notifications: {
    /** The signed-in user's notifications (reminder digests), newest first. */
    list: {
      path: '/notifications',
      getHref: () => '/notifications',
    },
  },
  reminders: {
    /** Programme managers and administrators: every reminder recorded, with its delivery, filtered in the query string. */
    log: {
      path: '/reminders',
      getHref: (query = '') => `/reminders${query}`,
    },
  },
  account: {
    /** The signed-in user's own account and settings (email reminders on or off). */
    settings: {
      path: '/account',
      getHref: () => '/account',
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
    user: {
      path: '/admin/users/:userId',
      getHref: (userId: string) => `/admin/users/${id(userId)}`,
    },
  },
  /**
   * The page behind a signed update link from a reminder email (`/update#<token>`): a partner lead without an account
   * posts updates on the actions the link covers. Open to everyone, outside the signed-in area; `actionId` opens the
   * update form for one of those actions.
   */
  updateLink: {
    path: '/update',
    getHref: (actionId?: string) => `/update${queryString({ action: actionId })}`,
  },
  accessibility: {
    path: '/accessibility',
    getHref: () => '/accessibility',
  },
} as const;

/** The service name shown in the header and page titles. */
export const serviceName = 'Delivery Tracker';
