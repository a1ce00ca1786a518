import type { JsonObject } from './json';
import { describeValue } from './zodProblems';
import type { IoProblem } from './problems';
import type { DocumentFormat, Migration, MigrationResult } from './migrations';
import { MIGRATIONS } from './migrations';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/** Upgrades a document of `format` from its `version` to `current`, step by step, collecting warnings. */
export function migrateDocument(
  doc: JsonObject,
  format: DocumentFormat,
  current: number,
  migrations: readonly Migration[] = MIGRATIONS[format],
  translator: Translator = englishTranslator,
): MigrationResult {
  const { t } = translator;
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
              ? t('io.load.version.missing')
              : t('io.load.version.notWhole', { current, found: describeValue(version, translator) }),
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
          message: t('io.load.version.newer', { version, current }),
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
            message: t('io.load.version.tooOld', { version: v }),
          },
        ],
      };
    }
    const result = step.up(working, translator);
    if (!result.ok) return result;
    working = result.doc;
    warnings.push(...result.warnings);
  }
  if (version < current) {
    warnings.unshift({
      code: 'OF005',
      path: '$.version',
      message: t('io.load.version.upgraded', { version, current }),
    });
  }
  return { ok: true, doc: working, warnings };
}
