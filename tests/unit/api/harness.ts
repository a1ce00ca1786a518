import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { createApiClient } from '../../../src/io/api';
import type { ApiClientOptions, ApiResult } from '../../../src/io/api';

export const BASE = 'http://orderflow.test';

/** The mocked backend for one test file: fresh data and no faults before every test. */
export function withMockBackend(): { requests: { method: string; path: string }[] } {
  const log = { requests: [] as { method: string; path: string }[] };
  const record = ({ request }: { request: Request }) => {
    log.requests.push({ method: request.method, path: new URL(request.url).pathname });
  };
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', record);
  });
  beforeEach(() => {
    db.reset();
    log.requests.length = 0;
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => {
    server.events.removeListener('request:start', record);
    server.close();
  });
  return log;
}

/** A client tuned for tests: short timeout, near-instant backoff. */
export const client = (options: ApiClientOptions = {}) =>
  createApiClient({ baseUrl: BASE, timeoutMs: 1000, backoffMs: 1, ...options });

/** The value of a successful result; fails the test with the error otherwise. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a failed result; fails the test on success. */
export function failure<T>(result: ApiResult<T>) {
  if (result.ok) throw new Error(`Expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}
