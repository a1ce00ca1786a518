import { ROBOT_DEFINITIONS } from '../domain/catalog/robots';
import type { SettingField } from '../domain/catalog/types';
import type { RobotType, TriggerType } from '../domain/types';
import type { CatalogKind } from './catalogText';
import { englishMessages } from './english';
import type { Translator } from './translator';

/*
 * The catalog's setting labels, help, options and settings messages at the UI edge (docs/i18n.md,
 * "Catalog texts"). The declarations in src/domain/catalog stay the English source; a language
 * translates them under keys derived from the type and the setting:
 * `catalog.robot.sms.send.field.text.label`, `….help`, `….option.<value>`. A key the language lacks
 * reads the declaration's own English, so a new setting never shows a key.
 */

type Key = Parameters<Translator['t']>[0];
type CatalogType = RobotType | TriggerType;

const fieldKey = (kind: CatalogKind, type: CatalogType, key: string) =>
  `catalog.${kind}.${type}.field.${key}`;

function text(t: Translator, key: string, english: string): string {
  return t.has(key) ? t.t(key as Key) : english;
}

/** A setting's label: "Text" / «Текст». */
export function catalogFieldLabel(
  t: Translator,
  kind: CatalogKind,
  type: CatalogType,
  field: SettingField,
): string {
  return text(t, `${fieldKey(kind, type, field.key)}.label`, field.label);
}

/** A setting's help line, when it has one. */
export function catalogFieldHelp(
  t: Translator,
  kind: CatalogKind,
  type: CatalogType,
  field: SettingField,
): string | undefined {
  return field.help === undefined
    ? undefined
    : text(t, `${fieldKey(kind, type, field.key)}.help`, field.help);
}

/** One option of a select: "Auto select" / «Автоматически». */
export function catalogOptionLabel(
  t: Translator,
  kind: CatalogKind,
  type: CatalogType,
  field: SettingField,
  option: { value: string; label: string },
): string {
  return text(t, `${fieldKey(kind, type, field.key)}.option.${option.value}`, option.label);
}

/**
 * A type's settings as the form shows them in the translator's language: the same declarations
 * with their label, help and options translated (placeholders are examples of values and stay).
 */
export function localizedFields(
  t: Translator,
  kind: CatalogKind,
  type: CatalogType,
  fields: readonly SettingField[],
): SettingField[] {
  return fields.map((field) => {
    const help = catalogFieldHelp(t, kind, type, field);
    const options = field.options?.map((o) => ({ ...o, label: catalogOptionLabel(t, kind, type, field, o) }));
    return {
      ...field,
      label: catalogFieldLabel(t, kind, type, field),
      ...(help === undefined ? {} : { help }),
      ...(options === undefined ? {} : { options }),
    };
  });
}

/**
 * A robot output's label, "Code" / «Код», as its type declares it (`outputLabels`); a key the type
 * does not declare (an expectation naming a missing output) reads as written.
 */
export function catalogOutputLabel(t: Translator, type: RobotType, key: string): string {
  const labels: Readonly<Record<string, string>> = ROBOT_DEFINITIONS[type]?.outputLabels ?? {};
  if (!Object.hasOwn(labels, key)) return key;
  return text(t, `catalog.robot.${type}.output.${key}`, labels[key]!);
}

const VALIDATION_PREFIX = 'catalog.validation.';

/**
 * English settings message (without its final period) → its key, read from the English messages;
 * read again when they have grown (the catalog's area arrives after the first screen, later.ts).
 */
let validation: { size: number; keys: ReadonlyMap<string, string> } | undefined;
function validationKeys(): ReadonlyMap<string, string> {
  const size = Object.keys(englishMessages).length;
  if (validation?.size !== size)
    validation = {
      size,
      keys: new Map(
        Object.entries(englishMessages as Record<string, unknown>)
          .filter(([key, value]) => key.startsWith(VALIDATION_PREFIX) && typeof value === 'string')
          .map(([key, value]) => [(value as string).replace(/\.$/, ''), key]),
      ),
    };
  return validation.keys;
}

/**
 * A settings message written on a catalog schema ("Enter the SMS text") in the translator's
 * language; a message the catalog does not declare (zod's own, a form's) is returned as it is.
 */
export function catalogIssueMessage(t: Translator, message: string): string {
  const period = message.endsWith('.');
  const key = validationKeys().get(period ? message.slice(0, -1) : message);
  if (!key || !t.has(key)) return message;
  const translated = t.t(key as Key);
  return period && !translated.endsWith('.') ? `${translated}.` : translated;
}
