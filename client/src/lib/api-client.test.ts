// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import { ApiProblemError, createApiClient, type FetchLike } from '@/lib/api-client';

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
