import type { JsonObject } from './json';
import { describeValue } from './zodProblems';
import type { IoProblem } from './problems';
import type { DocumentFormat, Migration, MigrationResult } from './migrations';
import { MIGRATIONS } from './migrations';

/** Upgrades a document of `format` from its `version` to `current`, step by step, collecting warnings. */
export function migrateDocument(
  doc: JsonObject,
  format: DocumentFormat,
  current: number,
  migrations: readonly Migration[] = MIGRATIONS[format],
): MigrationResult {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      errors: [
        {
          code: 'OF003',
          path: '$.version',
          message:
            version === undefined
              ? 'The document has no "version"; every Orderflow document says which version of the format it uses.'
              : `"version" must be a whole number such as ${current}, found ${describeValue(version)}.`,
        },
      ],
    };
  }
  if (version > current) {
    return {
      ok: false,
      errors: [
        {
          code: 'OF003',
          path: '$.version',
          message: `This document uses version ${version} of the format, made by a newer Orderflow; this one reads versions up to ${current}.`,
        },
      ],
    };
  }
  let working = doc;
  const warnings: IoProblem[] = [];
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) {
      return {
        ok: false,
        errors: [
          {
            code: 'OF003',
            path: '$.version',
            message: `Version ${v} of this format cannot be upgraded any more.`,
          },
        ],
      };
    }
    const result = step.up(working);
    if (!result.ok) return result;
    working = result.doc;
    warnings.push(...result.warnings);
  }
  if (version < current) {
    warnings.unshift({
      code: 'OF005',
      path: '$.version',
      message: `The document was upgraded from version ${version} to version ${current} of the format; save it to keep the new version.`,
    });
  }
  return { ok: true, doc: working, warnings };
}
