import type { Flow } from '../../domain/flow';

/** A problem the server reported when it refused to publish (its linter's findings). */
export interface RemoteProblem {
  code: string;
  severity: 'error' | 'warning' | 'info';
  path: string;
  message: string;
}

/** What the server holds now, sent with a 409 so the user can compare, reload or overwrite. */
export interface ServerFlowVersion {
  flow: Flow;
  revision: number;
}

/**
 * Every way a call can fail, as data: callers switch on `kind` and show `message`, a sentence written
 * for the person using the designer (never a stack trace). `details` is for logs and bug reports.
 */
export type ApiError =
  | { kind: 'network'; message: string; details?: string }
  | { kind: 'timeout'; message: string; details?: string }
  | { kind: 'http'; status: number; message: string; details?: string; problems?: RemoteProblem[] }
  | { kind: 'invalid-response'; status: number; message: string; details?: string }
  | { kind: 'conflict'; status: 409; message: string; details?: string; current: ServerFlowVersion };

export type ApiErrorKind = ApiError['kind'];

/** A call's outcome: the validated value, or a typed error. Calls never throw. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Sentences for users: what happened, and that the open design is safe. */
const KEPT = 'Your design is still open here and nothing was lost.';

export function networkError(details?: string): ApiError {
  return {
    kind: 'network',
    message: `The server could not be reached; check your connection and try again. ${KEPT}`,
    ...(details ? { details } : {}),
  };
}

export function timeoutError(ms: number): ApiError {
  return {
    kind: 'timeout',
    message: `The server did not answer within ${Math.round(ms / 1000)} seconds; try again in a moment. ${KEPT}`,
    details: `No response after ${ms} ms.`,
  };
}

/** Words for the statuses a user may meet; any other status gets the generic sentence. */
function httpSentence(status: number): string {
  if (status === 400) return 'The server refused the request because the document was not accepted.';
  if (status === 401 || status === 403)
    return 'You are not allowed to do this; sign in again or ask an administrator.';
  if (status === 404) return 'The server does not have this flow any more; it may have been deleted.';
  if (status === 413) return 'The flow is too large for the server to accept.';
  if (status === 422) return 'The server refused the flow because the design still has errors.';
  if (status === 429) return 'The server is busy; wait a moment and try again.';
  if (status >= 500) return `The server had a problem (error ${status}); try again in a moment.`;
  return `The server refused the request (error ${status}).`;
}

export function httpError(status: number, details?: string, problems?: RemoteProblem[]): ApiError {
  return {
    kind: 'http',
    status,
    message: `${httpSentence(status)} ${KEPT}`,
    ...(details ? { details } : {}),
    ...(problems ? { problems } : {}),
  };
}

export function invalidResponseError(status: number, details: string): ApiError {
  return {
    kind: 'invalid-response',
    status,
    message: `The server sent an answer this version of Orderflow does not understand. ${KEPT}`,
    details,
  };
}

export function conflictError(current: ServerFlowVersion): ApiError {
  return {
    kind: 'conflict',
    status: 409,
    message: `Someone saved this flow (revision ${current.revision}) after you opened it. Choose whether to load their version, overwrite it with yours, or save yours as a copy.`,
    current,
  };
}
