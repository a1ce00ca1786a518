import { delay, http, HttpResponse } from 'msw';
import type { Faults, MockDb } from '../db';

/**
 * Development fault flag: open the designer as `/?fault=500`, `?fault=offline`, `?fault=slow` or
 * `?fault=conflict` (several at once: `?fault=slow,conflict`). The page's URL reaches the handlers as
 * the request's referrer; the handlers run in the page, so `location` is the fallback.
 */
export const SLOW_LATENCY_MS = 3000;

export interface PageFaults {
  faults: Partial<Faults>;
  /** A colleague saves each flow once just before the user's first save or publish of it. */
  conflict: boolean;
}

/** Reads `?fault=` from a page URL; unknown values are ignored. */
export function faultsFromPageUrl(url: string | undefined): PageFaults {
  const result: PageFaults = { faults: {}, conflict: false };
  if (!url) return result;
  let values: string[];
  try {
    values = (new URL(url).searchParams.get('fault') ?? '').split(',').map((v) => v.trim());
  } catch {
    return result;
  }
  for (const value of values) {
    if (value === '500') result.faults.status500 = true;
    else if (value === 'offline') result.faults.offline = true;
    else if (value === 'slow') result.faults.latencyMs = SLOW_LATENCY_MS;
    else if (value === 'conflict') result.conflict = true;
  }
  return result;
}

function pageUrl(request: Request): string | undefined {
  if (request.referrer && request.referrer !== 'about:client') return request.referrer;
  return typeof location !== 'undefined' ? location.href : undefined;
}

/** `/api/flows/ID` (a save) or `/api/flows/ID/publish`: the writes a colleague can overtake. */
function writtenFlowId(request: Request): string | undefined {
  const m = /\/api\/flows\/([^/]+?)(\/publish)?$/.exec(new URL(request.url).pathname);
  if (!m) return undefined;
  const isWrite = (request.method === 'PUT' && !m[2]) || (request.method === 'POST' && m[2]);
  return isWrite ? decodeURIComponent(m[1]!) : undefined;
}

/**
 * Runs before every API handler: applies the faults, or falls through (returns nothing) so the
 * real handler answers.
 */
export function faultHandlers(db: MockDb, { readPageFlag = false }: { readPageFlag?: boolean } = {}) {
  const overtaken = new Set<string>();
  return [
    http.all('*/api/*', async ({ request }) => {
      const page = readPageFlag ? faultsFromPageUrl(pageUrl(request)) : { faults: {}, conflict: false };
      const faults = { ...db.faults(), ...page.faults };
      if (faults.latencyMs > 0) await delay(faults.latencyMs);
      if (faults.offline) return HttpResponse.error();
      if (faults.status500) return HttpResponse.json({ message: 'Injected fault: 500.' }, { status: 500 });
      const id = page.conflict ? writtenFlowId(request) : undefined;
      if (id && !overtaken.has(id) && db.simulateColleagueSave(id)) overtaken.add(id);
      return undefined;
    }),
  ];
}
