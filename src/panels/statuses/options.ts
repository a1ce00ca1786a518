import type { Command, CommandResult } from '../../domain/commands';
import type { Flow, Status } from '../../domain/flow';
import { statusNamedLike } from '../../domain/statusNames';
import { STATUS_SEMANTICS } from '../../domain/flow';
import type { StatusSemantics } from '../../domain/types';
import { englishTranslator } from '../../i18n';
import type { MessageKey, Translator } from '../../i18n';

/** What every status control needs to edit the document: the store's dispatch (one undo step per call). */
export type Dispatch = (command: Command) => CommandResult;

/**
 * Lane colours users pick from. Each keeps at least 3:1 contrast (WCAG non-text contrast) against
 * both the light board (white) and the dark one (slate-900), so the lane bar and dot stay visible in
 * either theme; the name is what a screen reader says instead of a hex code.
 */
export const STATUS_COLORS: readonly { name: string; value: string }[] = [
  { name: 'Blue', value: '#2563eb' },
  { name: 'Sky', value: '#0284c7' },
  { name: 'Teal', value: '#0d9488' },
  { name: 'Green', value: '#16a34a' },
  { name: 'Ochre', value: '#a16207' },
  { name: 'Amber', value: '#d97706' },
  { name: 'Orange', value: '#ea580c' },
  { name: 'Red', value: '#dc2626' },
  { name: 'Pink', value: '#db2777' },
  { name: 'Purple', value: '#9333ea' },
  { name: 'Indigo', value: '#4f46e5' },
  { name: 'Slate', value: '#64748b' },
];

/** A palette colour's name in the designer's language ("Green" / «Зелёный»). */
export const paletteColorName = (name: string, { t }: Translator = englishTranslator): string =>
  t(`inspector.status.color.${name.toLowerCase()}` as MessageKey);

/** The colour's name in the palette, else its code (a colour imported from elsewhere). */
export const colorName = (value: string, translator: Translator = englishTranslator): string => {
  const known = STATUS_COLORS.find((c) => c.value.toLowerCase() === value.toLowerCase());
  return known ? paletteColorName(known.name, translator) : value;
};

/** A colour no lane uses yet, so a new lane stands out; cycles once the palette is used up. */
export function nextFreeColor(flow: Flow): string {
  const used = new Set(flow.statuses.map((s) => s.color.toLowerCase()));
  return (
    STATUS_COLORS.find((c) => !used.has(c.value))?.value ??
    STATUS_COLORS[flow.statuses.length % STATUS_COLORS.length]!.value
  );
}

/** The meanings a status can have, in the order the pickers offer them. */
export const SEMANTICS: readonly StatusSemantics[] = STATUS_SEMANTICS;

/** The same words the lane header's badge uses: "In progress" / «В работе». */
export const semanticsLabel = (value: StatusSemantics, { t }: Translator = englishTranslator): string =>
  t(`inspector.status.semantics.${value}`);

export const semanticsHelp = (value: StatusSemantics, { t }: Translator = englishTranslator): string =>
  t(`inspector.status.semantics.${value}.help`);

export const findStatus = (flow: Flow, id: string): Status | undefined =>
  flow.statuses.find((s) => s.id === id);

/** Why `name` cannot be given to a status (another one has it), or null. */
export function takenNameReason(
  flow: Flow,
  name: string,
  except?: string,
  { t }: Translator = englishTranslator,
): string | null {
  const taken = statusNamedLike(flow, name, except);
  return taken ? t('inspector.status.nameTaken', { name: taken.name }) : null;
}
