import type { CustomFieldDecl } from './fields';
import { fieldLabel, findField } from './fields';
import { catalogOutputLabel } from '../i18n/catalogFields';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { parseTemplate } from './templates';
import type { RobotType } from './types';

/**
 * A template text as people read it: literal text, and inserts named by their field's label
 * ("Order number") instead of their path. The stored text keeps its `{{path}}` inserts
 * (docs/semantics.md §4 rule 10); this is only how it is shown.
 */
export type DisplayPart =
  | { kind: 'text'; text: string }
  | { kind: 'insert'; path: string; label: string }
  | { kind: 'unknown'; path: string; label: string };

export interface InsertNaming {
  /** Declared custom fields (`order.custom.NAME`); without them any custom name reads as itself. */
  customFields?: readonly CustomFieldDecl[] | undefined;
  /** The people-facing name of a robot, for `{{robots.ID.KEY}}`; unknown robots read "an earlier robot". */
  robotName?: ((id: string) => string | undefined) | undefined;
  /** A robot's type, so `{{robots.ID.KEY}}` reads as the output's label ("Code"), not its key. */
  robotType?: ((id: string) => RobotType | undefined) | undefined;
  /** The language of the labels; English by default. */
  t?: Translator | undefined;
}

const ROBOT_OUTPUT = /^robots\.([^.]+)\.(.+)$/;
const CUSTOM = /^order\.custom\.([A-Za-z0-9_]+)$/;

/** The label of one insert, or undefined when the path names no field the designer knows. */
export function insertLabel(path: string, naming: InsertNaming = {}): string | undefined {
  const translator = naming.t ?? englishTranslator;
  const { t } = translator;
  const output = ROBOT_OUTPUT.exec(path);
  if (output) {
    const [, id, key] = output as unknown as [string, string, string];
    const name = naming.robotName?.(id);
    const type = naming.robotType?.(id);
    const label = type === undefined ? key : catalogOutputLabel(translator, type, key);
    // Two messages, not one with a glued-in "an earlier robot": Russian words the two differently.
    return name
      ? t('catalog.insert.robotOutput', { key: label, robot: t('catalog.names.quoted', { text: name }) })
      : t('catalog.insert.robotOutputEarlier', { key: label });
  }
  const field = findField(path, naming.customFields);
  if (field) return fieldLabel(path, naming.t ?? englishTranslator, naming.customFields);
  // Without the reference data a custom field is still a field: its declared name is its label.
  const custom = naming.customFields ? undefined : CUSTOM.exec(path);
  return custom ? custom[1] : undefined;
}

/** Splits a template text into text, known inserts (with their labels) and unknown inserts. */
export function templateDisplayParts(text: string, naming: InsertNaming = {}): DisplayPart[] {
  return parseTemplate(text).map((part): DisplayPart => {
    if (part.kind === 'text') return { kind: 'text', text: part.value };
    const label = insertLabel(part.path, naming);
    return label === undefined
      ? {
          kind: 'unknown',
          path: part.path,
          label: (naming.t ?? englishTranslator).t('catalog.insert.unknown'),
        }
      : { kind: 'insert', path: part.path, label };
  });
}

/** Opening and closing marks around an insert's label in a one-line text, e.g. a card's summary. */
export const LABEL_OPEN = '‹';
export const LABEL_CLOSE = '›';

/**
 * A template text as one line for people: `Order {{order.accountNumber}} is paid` reads
 * `Order ‹Order number› is paid`. The marks let a card draw the label as a chip and still read well
 * as plain text (a tooltip, a lint message).
 */
export function templateAsLabels(text: string, naming: InsertNaming = {}): string {
  return templateDisplayParts(text, naming)
    .map((p) => (p.kind === 'text' ? p.text : `${LABEL_OPEN}${p.label}${LABEL_CLOSE}`))
    .join('');
}

/** Splits a one-line text made by templateAsLabels back into text and labels (a cut-off label included). */
export function splitLabels(line: string): { text: string; label: boolean }[] {
  const out: { text: string; label: boolean }[] = [];
  let rest = line;
  while (rest) {
    const open = rest.indexOf(LABEL_OPEN);
    if (open === -1) {
      out.push({ text: rest, label: false });
      break;
    }
    if (open > 0) out.push({ text: rest.slice(0, open), label: false });
    const close = rest.indexOf(LABEL_CLOSE, open + 1);
    const end = close === -1 ? rest.length : close;
    out.push({ text: rest.slice(open + 1, end), label: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return out;
}
