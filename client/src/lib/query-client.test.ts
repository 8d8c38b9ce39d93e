import { describe, expect, it, vi } from 'vitest';

import { ApiProblemError } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';

describe('createQueryClient', () => {
  it('reports a 401 from a query as the end of the session', async () => {
    const onUnauthorized = vi.fn();
    const client = createQueryClient({ onUnauthorized });
    const unauthorized = new ApiProblemError(401, { status: 401 });

    await client.fetchQuery({ queryKey: ['plans'], queryFn: () => Promise.reject(unauthorized) }).catch(() => undefined);

    expect(onUnauthorized).toHaveBeenCalledWith(unauthorized);
  });

  it('does not report other failures, nor a 401 from a mutation that expects one (signing in)', async () => {
    const onUnauthorized = vi.fn();
    const client = createQueryClient({ onUnauthorized });

    await client.fetchQuery({ queryKey: ['plans'], queryFn: () => Promise.reject(new ApiProblemError(404, { status: 404 })) }).catch(() => undefined);
    const signIn = client.getMutationCache().build(client, {
      mutationFn: () => Promise.reject(new ApiProblemError(401, { status: 401 })),
      meta: { expectsUnauthorized: true },
    });
    await signIn.execute(undefined).catch(() => undefined);

    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('reports a 401 from any other mutation', async () => {
    const onUnauthorized = vi.fn();
    const client = createQueryClient({ onUnauthorized });
    const update = client.getMutationCache().build(client, { mutationFn: () => Promise.reject(new ApiProblemError(401, { status: 401 })) });

    await update.execute(undefined).catch(() => undefined);

    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});
