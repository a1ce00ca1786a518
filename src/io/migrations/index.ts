import type { DocumentFormat, Migration } from './types';
import { flowV0ToV1 } from './flowV0';

export type { DocumentFormat, Migration, MigrationResult } from './types';

/**
 * Every format's migrations, oldest first. A new format version is one new module appended here,
 * with a fixture of the old version under tests/fixtures/migrations/ (a test loads each one).
 */
export const MIGRATIONS: Readonly<Record<DocumentFormat, readonly Migration[]>> = {
  'orderflow.flow': [flowV0ToV1],
  'orderflow.scenario': [],
  'orderflow.timeline': [],
};
