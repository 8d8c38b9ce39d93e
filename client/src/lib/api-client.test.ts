// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { UpdatePlanRequest } from '@/api/delivery-tracker-client';
import { isUpdateLinkRequest } from '@/lib/update-link-token';
import { ApiProblemError, createApiClient, readCookie, type FetchLike } from '@/lib/api-client';

function jsonResponse(status: number, body: unknown, contentType: string): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
}

describe('createApiClient', () => {
  it('turns a problem+json 404 into an ApiProblemError carrying the problem details', async () => {
    const problem = {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
      title: 'Not Found',
      status: 404,
      detail: 'There is no plan with id 00000000-0000-0000-0000-000000000000.',
      traceId: '00-abc-def-01',
    };
    const fakeFetch = vi.fn<FetchLike>(async () => jsonResponse(404, problem, 'application/problem+json; charset=utf-8'));

    const error: unknown = await createApiClient(fakeFetch)
      .plans.getPlan('00000000-0000-0000-0000-000000000000')
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiProblemError);
    const problemError = error as ApiProblemError;
    expect(problemError.status).toBe(404);
    expect(problemError.problem.title).toBe('Not Found');
    expect(problemError.problem.detail).toBe(problem.detail);
    expect(problemError.problem.traceId).toBe('00-abc-def-01');
    expect(problemError.message).toBe(problem.detail);
  });

  it('calls the same-origin API path and sends credentials to the same origin only', async () => {
    const fakeFetch = vi.fn<FetchLike>(async () => jsonResponse(200, { items: [], nextCursor: null }, 'application/json'));

    const page = await createApiClient(fakeFetch).plans.listPlans();

    expect(page.items).toEqual([]);
    expect(fakeFetch).toHaveBeenCalledTimes(1);
    const [url, init] = fakeFetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/plans');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.method).toBe('GET');
  });

  it('gives an error that is not problem+json a problem with the status and a title', async () => {
    const fakeFetch = vi.fn<FetchLike>(async () => new Response('upstream down', { status: 502, headers: { 'content-type': 'text/plain' } }));

    const error: unknown = await createApiClient(fakeFetch).plans.listPlans().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiProblemError);
    expect((error as ApiProblemError).status).toBe(502);
    expect((error as ApiProblemError).problem).toEqual({ status: 502, title: 'The service had a problem' });
  });

  it('keeps the field errors of a validation problem', async () => {
    const problem = { title: 'One or more validation errors occurred.', status: 400, errors: { title: ['Enter a title'] } };
    const fakeFetch = vi.fn<FetchLike>(async () => jsonResponse(400, problem, 'application/problem+json'));

    const error = (await createApiClient(fakeFetch).plans.listPlans().catch((caught: unknown) => caught)) as ApiProblemError;

    expect(error.problem.errors).toEqual({ title: ['Enter a title'] });
  });

  it('reports an unreachable API as status 0 but lets an abort through unchanged', async () => {
    const offline = vi.fn<FetchLike>(async () => {
      throw new TypeError('fetch failed');
    });
    const error = (await createApiClient(offline).plans.listPlans().catch((caught: unknown) => caught)) as ApiProblemError;
    expect(error).toBeInstanceOf(ApiProblemError);
    expect(error.status).toBe(0);

    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const aborted = vi.fn<FetchLike>(async () => {
      throw abort;
    });
    await expect(createApiClient(aborted).plans.listPlans()).rejects.toBe(abort);
  });
});

describe('the CSRF header', () => {
  const cookies = 'theme=dark; XSRF-TOKEN=CfDJ8%2Fabc%2Bdef%3D%3D; other=1';
  const token = 'CfDJ8/abc+def==';
  const planId = '00000000-0000-0000-0000-000000000001';
  const planRequest = { title: 'A plan' } as UpdatePlanRequest;

  function fakeFetch() {
    return vi.fn<FetchLike>(async () => new Response(null, { status: 204 }));
  }

  function sentHeader(fetch: ReturnType<typeof fakeFetch>): string | null {
    const [, init] = fetch.mock.calls[0] ?? [];
    return new Headers(init?.headers).get('X-XSRF-TOKEN');
  }

  it('sends the URL-decoded XSRF-TOKEN cookie on POST', async () => {
    const fetch = fakeFetch();
    await createApiClient(fetch, { readCookies: () => cookies }).auth.signOut();
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('POST');
    expect(sentHeader(fetch)).toBe(token);
  });

  it('sends it on PUT, keeping the headers the generated client set', async () => {
    const fetch = fakeFetch();
    await createApiClient(fetch, { readCookies: () => cookies }).plans.updatePlan(planId, '"etag-1"', planRequest).catch(() => undefined);
    const [, init] = fetch.mock.calls[0] ?? [];
    expect(init?.method).toBe('PUT');
    expect(sentHeader(fetch)).toBe(token);
    expect(new Headers(init?.headers).get('If-Match')).toBe('"etag-1"');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  it('sends it on DELETE', async () => {
    const fetch = fakeFetch();
    await createApiClient(fetch, { readCookies: () => cookies }).plans.deletePlan(planId, '"etag-1"');
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('DELETE');
    expect(sentHeader(fetch)).toBe(token);
  });

  it('does not send it on GET', async () => {
    const fetch = vi.fn<FetchLike>(async () => jsonResponse(200, { items: [], nextCursor: null }, 'application/json'));
    await createApiClient(fetch, { readCookies: () => cookies }).plans.listPlans();
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('GET');
    expect(sentHeader(fetch)).toBeNull();
  });

  it('sends no header when there is no XSRF-TOKEN cookie (before signing in)', async () => {
    const fetch = fakeFetch();
    await createApiClient(fetch, { readCookies: () => 'other=1' }).auth.signOut();
    expect(sentHeader(fetch)).toBeNull();
  });

  describe('by default', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('reads the cookie from document.cookie', async () => {
      vi.stubGlobal('document', { cookie: cookies });
      const fetch = fakeFetch();
      await createApiClient(fetch).auth.signOut();
      expect(sentHeader(fetch)).toBe(token);
    });
  });
});

describe('readCookie', () => {
  it('finds a cookie by its exact name and decodes it', () => {
    expect(readCookie('a=1; XSRF-TOKEN=x%20y; XSRF-TOKEN-OLD=z', 'XSRF-TOKEN')).toBe('x y');
    expect(readCookie('MY-XSRF-TOKEN=z', 'XSRF-TOKEN')).toBeUndefined();
    expect(readCookie('', 'XSRF-TOKEN')).toBeUndefined();
  });

  it('returns a value that is not valid URL encoding as it is', () => {
    expect(readCookie('XSRF-TOKEN=100%', 'XSRF-TOKEN')).toBe('100%');
  });
});

describe('a signed update link token', () => {
  const linkToken = 'CfDJ8Signed_update-link-token';
  const okFetch = () => vi.fn<FetchLike>(async () => jsonResponse(200, { leadName: 'St Giles Trust', expiresAt: '2026-12-30T09:00:00Z', actions: [] }, 'application/json'));
  const authorization = (fetch: ReturnType<typeof okFetch>) => new Headers(fetch.mock.calls[0]?.[1]?.headers).get('Authorization');

  it('is sent as Authorization: UpdateLink to the link’s own endpoints', async () => {
    const fetch = okFetch();
    await createApiClient(fetch, { readUpdateLinkToken: () => linkToken }).updateLinks.getUpdateLink();
    expect(authorization(fetch)).toBe(`UpdateLink ${linkToken}`);
  });

  it('is never sent anywhere else, not even to the programme managers’ list of links', async () => {
    const fetch = okFetch();
    const client = createApiClient(fetch, { readUpdateLinkToken: () => linkToken });
    await client.plans.listPlans().catch(() => undefined);
    await client.updateLinks.listUpdateLinks().catch(() => undefined);
    expect(fetch.mock.calls.map(([, init]) => new Headers(init?.headers).get('Authorization'))).toEqual([null, null]);
  });

  it('is sent only to this site: never to another origin with the same path', () => {
    expect(isUpdateLinkRequest('/api/v1/update-link', 'https://tracker.example')).toBe(true);
    expect(isUpdateLinkRequest('https://tracker.example/api/v1/update-link/actions/1/progress-updates', 'https://tracker.example')).toBe(true);
    expect(isUpdateLinkRequest('https://elsewhere.example/api/v1/update-link', 'https://tracker.example')).toBe(false);
    expect(isUpdateLinkRequest('//elsewhere.example/api/v1/update-link', 'https://tracker.example')).toBe(false);
  });

  it('is not sent when the tab holds none', async () => {
    const fetch = okFetch();
    await createApiClient(fetch, { readUpdateLinkToken: () => undefined }).updateLinks.getUpdateLink();
    expect(authorization(fetch)).toBeNull();
  });
});
