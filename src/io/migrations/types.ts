import type { JsonObject } from '../json';
import type { IoProblem } from '../problems';
import type { Translator } from '../../i18n/translator';

/** The three document kinds, by their `format` value. */
export type DocumentFormat = 'orderflow.flow' | 'orderflow.scenario' | 'orderflow.timeline';

export type MigrationResult =
  { ok: true; doc: JsonObject; warnings: IoProblem[] } | { ok: false; errors: IoProblem[] };

/** One step of a format's history: reads version `from`, writes version `from + 1`. */
export interface Migration {
  format: DocumentFormat;
  from: number;
  /** What changed, for people reading the warning on import and the migration list. */
  description: string;
  /** Pure: returns a new document (the input is not modified); problems in the translator's language. */
  up(doc: JsonObject, translator?: Translator): MigrationResult;
}
