import { HttpResponse } from 'msw';
import type { StoredFlow } from '../db';

/** An error body: `message` is for logs; the client writes its own sentence for users. */
export const failure = (status: number, message: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ message, ...extra }, { status });

/** GET /api/flows/{id}'s body; `publishedFlow` only once something was published. */
export function recordBody(record: StoredFlow) {
  return {
    flow: record.flow,
    revision: record.revision,
    updatedAt: record.updatedAt,
    ...(record.publishedRevision !== undefined
      ? { publishedRevision: record.publishedRevision, publishedFlow: record.publishedFlow }
      : {}),
    ...(record.publishedAt ? { publishedAt: record.publishedAt, publishedBy: record.publishedBy } : {}),
  };
}

export function summaryBody(record: StoredFlow) {
  return {
    id: record.flow.id,
    name: record.flow.name,
    revision: record.revision,
    updatedAt: record.updatedAt,
    ...(record.publishedRevision !== undefined ? { publishedRevision: record.publishedRevision } : {}),
  };
}

export const conflictBody = (current: StoredFlow) => ({
  message: `The flow is at revision ${current.revision}.`,
  current: { flow: current.flow, revision: current.revision },
});

/** The JSON body of a request, or undefined when it is missing or not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    const text = await request.text();
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
