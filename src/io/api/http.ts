import type { z } from 'zod';
import type { ApiError, ApiResult } from './errors';
import { httpError, invalidResponseError, networkError, timeoutError } from './errors';
import type { HttpMethod } from './routes';

export interface TransportOptions {
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Extra attempts for idempotent reads (GET) after a network error, a timeout or a 5xx. */
  retries: number;
  /** The first retry waits this long; each next one waits twice as long. */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
}

export interface RequestSpec<S extends z.ZodType> {
  method: HttpMethod;
  path: string;
  body?: unknown;
  /** The schema of a 2xx body; `null` for answers without a body (204). */
  schema: S | null;
  /** Lets an endpoint turn a specific failing status (409, 422) into its own typed error. */
  onError?: (status: number, body: unknown) => ApiError | undefined;
  signal?: AbortSignal;
}

/** Raw outcome of one attempt, before the schema is applied. */
type Attempt =
  { ok: true; status: number; body: unknown } | { ok: false; error: ApiError; retryable: boolean };

/** `https://host/prefix/` + `/api/x`, or the bare path for same-origin calls. */
export function joinUrl(baseUrl: string, path: string): string {
  return baseUrl ? `${baseUrl.replace(/\/+$/, '')}${path}` : path;
}

async function readBody(
  response: Response,
): Promise<{ ok: true; body: unknown } | { ok: false; details: string }> {
  if (response.status === 204) return { ok: true, body: undefined };
  const text = await response.text();
  if (text.trim() === '') return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, details: `The body is not JSON: ${text.slice(0, 120)}` };
  }
}

async function attempt(options: TransportOptions, spec: RequestSpec<z.ZodType>): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const abortFromCaller = () => controller.abort();
  spec.signal?.addEventListener('abort', abortFromCaller);
  try {
    const response = await options.fetch(joinUrl(options.baseUrl, spec.path), {
      method: spec.method,
      headers: {
        Accept: 'application/json',
        ...(spec.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
      signal: controller.signal,
    });
    const read = await readBody(response);
    if (response.ok) {
      return read.ok
        ? { ok: true, status: response.status, body: read.body }
        : { ok: false, error: invalidResponseError(response.status, read.details), retryable: false };
    }
    const body = read.ok ? read.body : undefined;
    const special = spec.onError?.(response.status, body);
    if (special) return { ok: false, error: special, retryable: false };
    const message = (body as { message?: unknown } | undefined)?.message;
    return {
      ok: false,
      error: httpError(response.status, typeof message === 'string' ? message : undefined),
      retryable: response.status >= 500 || response.status === 429,
    };
  } catch (e) {
    const details = e instanceof Error ? e.message : String(e);
    if (timedOut) return { ok: false, error: timeoutError(options.timeoutMs), retryable: true };
    // Aborted by the caller (a newer request replaced this one): not worth a retry.
    if (spec.signal?.aborted) return { ok: false, error: networkError('Cancelled.'), retryable: false };
    return { ok: false, error: networkError(details), retryable: true };
  } finally {
    clearTimeout(timer);
    spec.signal?.removeEventListener('abort', abortFromCaller);
  }
}

/**
 * One API call: timeout per attempt, retries with exponential backoff for GET only (a repeated PUT or
 * POST could apply twice), and the body validated with zod before anyone sees it.
 */
export async function request<S extends z.ZodType>(
  options: TransportOptions,
  spec: RequestSpec<S>,
): Promise<ApiResult<z.infer<S>>> {
  const attempts = spec.method === 'GET' ? options.retries + 1 : 1;
  let last: Attempt | undefined;
  for (let n = 0; n < attempts; n++) {
    if (n > 0) await options.sleep(options.backoffMs * 2 ** (n - 1));
    last = await attempt(options, spec as RequestSpec<z.ZodType>);
    if (last.ok || !last.retryable) break;
  }
  if (!last!.ok) return { ok: false, error: last!.error };
  if (spec.schema === null) return { ok: true, value: undefined as z.infer<S> };
  const parsed = spec.schema.safeParse(last!.body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const details = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${['$', ...i.path].join('.')}: ${i.message}`)
    .join('; ');
  return { ok: false, error: invalidResponseError(last!.status, details) };
}
