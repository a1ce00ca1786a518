import type { SettingField } from '../../domain/catalog';
import { checkWithSchema } from '../../domain/lint/zodIssues';
import { parseTemplate } from '../../domain/templates';
import type { z } from 'zod';
import { catalogIssueMessage } from '../../i18n/catalogFields';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** A setting is shown (and required) unless `visibleWhen` names another value. */
export const isFieldVisible = (field: SettingField, settings: Readonly<Record<string, unknown>>): boolean =>
  !field.visibleWhen || settings[field.visibleWhen.key] === field.visibleWhen.equals;

/** Empty as a form sees it: absent, blank text or an empty list (the linter's reading too). */
export const isEmptyValue = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** The literal length of a template, without its inserts: what the counter shows and the limit checks. */
export const literalLength = (text: string): number =>
  parseTemplate(text).reduce((sum, part) => sum + (part.kind === 'text' ? part.value.length : 0), 0);

const isHttpUrl = (text: string): boolean => {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** "Item 2: …" for an issue inside a list or map, so the message says which row it is about. */
function located(path: readonly PropertyKey[], message: string, { t }: Translator): string {
  const rest = path.slice(1);
  if (rest.length === 0) return message;
  const first = rest[0];
  return typeof first === 'number'
    ? t('lint.setting.item', { position: first + 1, message })
    : t('lint.setting.entry', { key: String(first), message });
}

/**
 * Inline messages per setting key, computed on every keystroke: required-but-empty (in the schema's
 * own words where it has them), whatever the type's settings schema rejects, literal text over a
 * limit, and links that are not http(s). Hidden settings say nothing. Issues about keys the form
 * does not show are returned under the empty key so they are not lost.
 */
export function settingsMessages(
  fields: readonly SettingField[],
  schema: z.ZodType,
  settings: Readonly<Record<string, unknown>>,
  translator: Translator = englishTranslator,
): Record<string, string[]> {
  const { t } = translator;
  const out: Record<string, string[]> = {};
  const add = (key: string, message: string) => {
    const list = (out[key] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const checked = checkWithSchema(schema, settings, translator);
  // A message the catalog's schema wrote itself ("Enter the SMS text"), in the designer's language.
  const schemaProblems = checked.ok
    ? []
    : checked.problems.map((p) => ({ ...p, message: catalogIssueMessage(translator, p.message) }));

  for (const field of fields) {
    if (!isFieldVisible(field, settings)) continue;
    const value = settings[field.key];
    if (field.required && isEmptyValue(value)) {
      const own = schemaProblems.find((p) => p.path.length === 1 && p.path[0] === field.key);
      // zod's generic "is missing" reads worse than a plain "X is required".
      const generic = !own || own.empty === true;
      add(field.key, generic ? t('lint.setting.required', { label: field.label }) : own.message);
      continue;
    }
    if (field.maxLength !== undefined && typeof value === 'string' && literalLength(value) > field.maxLength)
      add(field.key, t('lint.setting.tooLong', { label: field.label, max: field.maxLength }));
    if (field.widget === 'url' && typeof value === 'string' && value.trim() && !isHttpUrl(value))
      add(field.key, t('lint.setting.url'));
  }
  for (const p of schemaProblems) {
    const key = typeof p.path[0] === 'string' ? p.path[0] : '';
    const field = byKey.get(key);
    if (field && !isFieldVisible(field, settings)) continue;
    if (field?.required && isEmptyValue(settings[key])) continue; // already said as "required"
    add(
      field ? key : '',
      field
        ? located(p.path, p.message, translator)
        : t('lint.setting.unshown', { key: p.path.map(String).join('.'), message: p.message }),
    );
  }
  return out;
}
