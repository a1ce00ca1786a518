import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import type { Flow, Status } from './flow';
import type { StatusSemantics } from './types';

/**
 * The form of a status name two statuses may not share (docs/semantics.md §1): case and spacing do
 * not tell statuses apart for a person reading a board, so "Canceled" and " canceled " are the same name.
 */
export const statusNameKey = (name: string): string =>
  name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** The other status already called `name`, if any (`except` is the status being renamed). */
export function statusNamedLike(flow: Flow, name: string, except?: string): Status | undefined {
  const key = statusNameKey(name);
  return flow.statuses.find((s) => s.id !== except && statusNameKey(s.name) === key);
}

/** The sentence both the command and the status editor refuse a duplicate name with. */
export const duplicateStatusNameReason = (taken: Status, { t }: Translator = englishTranslator): string =>
  t('io.command.duplicateStatusName', { name: taken.name });

/**
 * The colour a status gets from its meaning until the user picks one: failure red, success green,
 * in progress blue (the palette's Red, Green and Blue).
 */
export const MEANING_COLORS: Readonly<Record<StatusSemantics, string>> = {
  process: '#2563eb',
  success: '#16a34a',
  failure: '#dc2626',
};

/**
 * A status whose colour is still its meaning's colour counts as never recoloured by hand, so a change
 * of meaning recolours it; any other colour was picked and stays.
 */
export function colorAfterMeaningChange(
  status: Pick<Status, 'semantics' | 'color'>,
  next: StatusSemantics,
): string {
  return status.color.toLowerCase() === MEANING_COLORS[status.semantics]
    ? MEANING_COLORS[next]
    : status.color;
}
