import { PlansClient, type ProblemDetails } from '@/api/delivery-tracker-client';

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

/**
 * Wraps `fetch` for the generated clients: sends cookies to the same origin only, and turns every
 * non-2xx response into an {@link ApiProblemError} before the generated code sees it. (Left alone, the
 * generated code throws the parsed problem object itself for documented errors such as 404, and an
 * `ApiException` without the problem for the rest.) This is the only place in the app that calls `fetch`.
 */
export function createApiFetch(baseFetch: FetchLike = (input, init) => globalThis.fetch(input, init)): {
  fetch: FetchLike;
} {
  return {
    async fetch(input, init) {
      let response: Response;
      try {
        response = await baseFetch(input, { ...init, credentials: 'same-origin' });
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
export function createApiClient(baseFetch?: FetchLike) {
  const http = createApiFetch(baseFetch);
  return {
    plans: new PlansClient('', http),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export const api: ApiClient = createApiClient();
