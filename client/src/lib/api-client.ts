import {
  ActionsClient,
  ApiKeysClient,
  AuthClient,
  KpisClient,
  LeadsClient,
  MeasurementsClient,
  NotificationsClient,
  ObjectivesClient,
  PlansClient,
  PreferencesClient,
  ProgressUpdatesClient,
  RecommendationsClient,
  RemindersClient,
  ReviewsClient,
  SecurityEventsClient,
  ThemesClient,
  TimescalesClient,
  UpdateLinksClient,
  UsersClient,
  WebhooksClient,
  type ProblemDetails,
} from '@/api/delivery-tracker-client';
import { isUpdateLinkRequest, readUpdateLinkToken } from '@/lib/update-link-token';

/**
 * An RFC 9457 problem as the API sends it (`application/problem+json`), with the extension members
 * ASP.NET Core adds: `errors` (field name → messages) on validation problems, `traceId` and others.
 */
export type Problem = ProblemDetails & {
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
};

/**
 * The one error type the generated clients reject with when the API answers with anything but 2xx,
 * or cannot be reached (`status` 0). Carries the problem details so pages can say what went wrong.
 */
export class ApiProblemError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `The API answered ${status}.`);
    this.name = 'ApiProblemError';
    this.status = status;
    this.problem = problem;
  }
}

export function isApiProblemError(error: unknown): error is ApiProblemError {
  return error instanceof ApiProblemError;
}

/** The shape of `fetch` the generated clients call; also what tests pass in instead of the network. */
export type FetchLike = (input: RequestInfo, init?: RequestInit) => Promise<Response>;

const defaultTitles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  428: 'Precondition Required',
  429: 'Too Many Requests',
};

async function readProblem(response: Response): Promise<Problem> {
  const contentType = response.headers.get('content-type') ?? '';
  const fallback: Problem = {
    status: response.status,
    title: defaultTitles[response.status] ?? (response.status >= 500 ? 'The service had a problem' : 'Request failed'),
  };
  if (!/application\/(problem\+)?json/i.test(contentType)) return fallback;
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? { ...fallback, ...(body as Problem) } : fallback;
  } catch {
    return fallback;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Methods that change something: the API refuses them from a cookie session without the CSRF header. */
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The cookie the API puts the CSRF token in (readable by script on purpose) and the header it wants it back in. */
export const csrfCookieName = 'XSRF-TOKEN';
export const csrfHeaderName = 'X-XSRF-TOKEN';

/** The value of one cookie in a `document.cookie` string, URL-decoded; undefined when it is not there. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

export type ApiFetchOptions = {
  /** Where cookies are read from; `document.cookie` unless a test says otherwise. */
  readCookies?: () => string;
  /** The signed update link's token this tab holds, if any (see `@/lib/update-link-token`). */
  readUpdateLinkToken?: () => string | undefined;
};

const readDocumentCookies = () => (typeof document === 'undefined' ? '' : document.cookie);

/**
 * Wraps `fetch` for the generated clients: sends cookies to the same origin only, echoes the `XSRF-TOKEN` cookie in
 * the `X-XSRF-TOKEN` header on unsafe methods (the API answers 403 without it), sends a held update link's token as
 * `Authorization: UpdateLink …` to the update-link endpoints only, and turns every non-2xx response
 * into an {@link ApiProblemError} before the generated code sees it. (Left alone, the generated code throws the
 * parsed problem object itself for documented errors such as 404, and an `ApiException` without the problem for the
 * rest.) This is the only place in the app that calls `fetch`.
 */
export function createApiFetch(
  baseFetch: FetchLike = (input, init) => globalThis.fetch(input, init),
  { readCookies = readDocumentCookies, readUpdateLinkToken: readLinkToken = readUpdateLinkToken }: ApiFetchOptions = {},
): {
  fetch: FetchLike;
} {
  return {
    async fetch(input, init) {
      const headers = new Headers(init?.headers);
      if (unsafeMethods.has((init?.method ?? 'GET').toUpperCase())) {
        const token = readCookie(readCookies(), csrfCookieName);
        if (token) headers.set(csrfHeaderName, token);
      }
      const url = typeof input === 'string' ? input : input.url;
      const linkToken = isUpdateLinkRequest(url) ? readLinkToken() : undefined;
      if (linkToken) headers.set('Authorization', `UpdateLink ${linkToken}`);
      let response: Response;
      try {
        response = await baseFetch(input, { ...init, headers, credentials: 'same-origin' });
      } catch (error) {
        if (isAbort(error)) throw error;
        throw new ApiProblemError(0, {
          status: 0,
          title: 'The service could not be reached',
          detail: error instanceof Error ? error.message : undefined,
        });
      }
      if (response.ok) return response;
      throw new ApiProblemError(response.status, await readProblem(response));
    },
  };
}

/** The generated API clients, all on the same origin as the SPA (the API serves the built app). */
export function createApiClient(baseFetch?: FetchLike, options?: ApiFetchOptions) {
  const http = createApiFetch(baseFetch, options);
  return {
    auth: new AuthClient('', http),
    plans: new PlansClient('', http),
    themes: new ThemesClient('', http),
    objectives: new ObjectivesClient('', http),
    actions: new ActionsClient('', http),
    progressUpdates: new ProgressUpdatesClient('', http),
    timescales: new TimescalesClient('', http),
    kpis: new KpisClient('', http),
    measurements: new MeasurementsClient('', http),
    leads: new LeadsClient('', http),
    reviews: new ReviewsClient('', http),
    recommendations: new RecommendationsClient('', http),
    apiKeys: new ApiKeysClient('', http),
    users: new UsersClient('', http),
    securityEvents: new SecurityEventsClient('', http),
    webhooks: new WebhooksClient('', http),
    updateLinks: new UpdateLinksClient('', http),
    notifications: new NotificationsClient('', http),
    reminders: new RemindersClient('', http),
    preferences: new PreferencesClient('', http),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export const api: ApiClient = createApiClient();
