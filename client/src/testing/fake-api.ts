import { vi } from 'vitest';

/** A request as a fake route sees it: the path's parameters, the query string and the JSON body, if any. */
export type FakeRequest = {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
};

/** A route's answer: a value (sent as JSON, 200) or a Response for anything else. */
export type FakeHandler = (request: FakeRequest) => unknown;

/** A JSON response with any status. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** An RFC 9457 problem, as the API sends every error. */
export function problem(status: number, body: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ status, ...body }), { status, headers: { 'content-type': 'application/problem+json' } });
}

function compile(route: string): { method: string; pattern: RegExp; names: string[] } {
  const [method, path] = route.split(' ') as [string, string];
  const names: string[] = [];
  const pattern = path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/?]+)';
  });
  return { method, pattern: new RegExp(`^${pattern}$`), names };
}

/**
 * The one fake API for page tests: routes like `'GET /api/v1/actions/:actionId'` mapped to handlers, installed as the
 * global `fetch` the generated client calls through `@/lib/api-client`. Anything not routed answers 404 as a problem,
 * so a page that asks for something unexpected fails visibly. Returns the mock, whose calls tests can inspect.
 *
 * @example
 * const fetchMock = installFakeApi({ 'GET /api/v1/actions/:actionId': ({ params }) => action(params.actionId) });
 */
export function installFakeApi(routes: Record<string, FakeHandler>) {
  const compiled = Object.entries(routes).map(([route, handler]) => ({ ...compile(route), handler }));
  const mock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    for (const route of compiled) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
      const text = typeof init?.body === 'string' ? init.body : '';
      const answer = await route.handler({
        params,
        query: url.searchParams,
        body: text ? (JSON.parse(text) as unknown) : undefined,
        headers: new Headers(init?.headers),
      });
      if (answer instanceof Response) return answer;
      if (answer === undefined) return new Response(null, { status: 204 });
      return json(answer);
    }
    return problem(404, { title: 'Not Found', detail: `No fake route for ${method} ${url.pathname}` });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}
