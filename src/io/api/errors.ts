import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
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
 * Every way a call can fail, as data: callers switch on `kind` and show `apiErrorMessage(error, translator)`, a
 * sentence written for the person using the designer (never a stack trace); `message` is it in English. `details` is for logs and bug reports.
 */
export type ApiError =
  | { kind: 'network'; message: string; details?: string }
  | { kind: 'timeout'; message: string; details?: string; ms?: number }
  | { kind: 'http'; status: number; message: string; details?: string; problems?: RemoteProblem[] }
  | { kind: 'invalid-response'; status: number; message: string; details?: string }
  | { kind: 'conflict'; status: 409; message: string; details?: string; current: ServerFlowVersion };

export type ApiErrorKind = ApiError['kind'];

/** A call's outcome: the validated value, or a typed error. Calls never throw. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * The sentence a person reads for `error`, in `translator`'s language: what happened, and that the
 * open design is safe. The error's own `message` is this sentence in English (for logs and tests).
 */
export function apiErrorMessage(error: ApiError, translator: Translator = englishTranslator): string {
  const { t } = translator;
  switch (error.kind) {
    case 'network':
      return t('io.api.network');
    case 'timeout':
      return t('io.api.timeout', { seconds: Math.round((error.ms ?? 0) / 1000) });
    case 'http':
      return httpSentence(error.status, translator);
    case 'invalid-response':
      return t('io.api.invalidResponse');
    case 'conflict':
      return t('io.api.conflict', { revision: error.current.revision });
  }
}

/** Words for the statuses a user may meet; any other status gets the generic sentence. */
function httpSentence(status: number, { t }: Translator): string {
  if (status === 400) return t('io.api.http.badRequest');
  if (status === 401 || status === 403) return t('io.api.http.forbidden');
  if (status === 404) return t('io.api.http.notFound');
  if (status === 413) return t('io.api.http.tooLarge');
  if (status === 422) return t('io.api.http.unprocessable');
  if (status === 429) return t('io.api.http.busy');
  if (status >= 500) return t('io.api.http.server', { status: String(status) });
  return t('io.api.http.other', { status: String(status) });
}

/** The error with its English sentence as `message`. */
const inEnglish = (error: ApiError): ApiError => ({ ...error, message: apiErrorMessage(error) });

export function networkError(details?: string): ApiError {
  return inEnglish({ kind: 'network', message: '', ...(details ? { details } : {}) });
}

export function timeoutError(ms: number): ApiError {
  return inEnglish({ kind: 'timeout', message: '', details: `No response after ${ms} ms.`, ms });
}

export function httpError(status: number, details?: string, problems?: RemoteProblem[]): ApiError {
  return inEnglish({
    kind: 'http',
    status,
    message: '',
    ...(details ? { details } : {}),
    ...(problems ? { problems } : {}),
  });
}

export function invalidResponseError(status: number, details: string): ApiError {
  return inEnglish({ kind: 'invalid-response', status, message: '', details });
}

export function conflictError(current: ServerFlowVersion): ApiError {
  return inEnglish({ kind: 'conflict', status: 409, message: '', current });
}
