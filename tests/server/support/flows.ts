import { DEFAULT_FLOW } from '../../../src/domain/samples';
import type { Flow } from '../../../src/domain/flow';

/** JSON request helpers over a signed-in fetch. */
export function api(base: string, f: typeof fetch) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await f(`${base}${path}`, {
      method,
      ...(body !== undefined
        ? {
            headers: { 'content-type': 'application/json' },
            body: typeof body === 'string' ? body : JSON.stringify(body),
          }
        : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      // The tests judge answers with assertions; typing every body here would only restate them.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      body: text ? (JSON.parse(text) as any) : undefined,
    };
  };
  return {
    call,
    /** A new flow on the server (from the default design) and its id. */
    async create(name = 'Test flow'): Promise<{ id: string; flow: Flow }> {
      const r = await call('POST', '/api/flows', { flow: { ...DEFAULT_FLOW, name } });
      if (r.status !== 201) throw new Error(`create answered ${r.status}`);
      return { id: r.body.flow.id, flow: r.body.flow };
    },
  };
}
