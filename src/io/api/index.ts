export { createApiClient } from './client';
export { moreApi } from './more';
export type { MoreApi } from './more';
export type { ApiClient, ApiClientOptions } from './client';
export type { ApiError, ApiErrorKind, ApiResult, RemoteProblem, ServerFlowVersion } from './errors';
export type {
  FlowRecord,
  FlowSummary,
  Me,
  PublishResult,
  RevisionHistory,
  Role,
  SaveResult,
  StoredRevision,
  StoredScenario,
  User,
} from './schemas';
export { apiErrorMessage } from './errors';
export { ROLES } from './schemas';
export { API_ROUTES } from './routes';
export type { ApiRouteName } from './routes';
export { conflictChanges, resolveConflict } from './conflict';
export type { ConflictChoice, Resolved } from './conflict';
