import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Namer } from '../naming';
import { templateAsLabels } from '../templateParts';

/** Small wording helpers shared by the catalog's one-line summaries. */

/**
 * A text shortened for a card: the first line, at most `max` characters, in quotes. Inserts read as
 * their field's label (‹Order number›), never as `{{path}}`.
 */
export function quote(
  text: string,
  { t: translator, names }: { t: Translator; names?: Pick<Namer, 'robotName' | 'robotType'> } = {
    t: englishTranslator,
  },
  max = 48,
): string {
  // With the design's names, an earlier robot's output reads "Code of “Generate order number”".
  const naming = names
    ? { t: translator, robotName: names.robotName, robotType: names.robotType }
    : { t: translator };
  const firstLine = templateAsLabels(text, naming).split('\n')[0]!.trim();
  const short = firstLine.length > max ? `${firstLine.slice(0, max - 1)}…` : firstLine;
  return translator.t('catalog.names.quoted', { text: short });
}

/** "1 day", "3 hours": an interval for people. */
export function plural(value: number, unit: string, translator: Translator = englishTranslator): string {
  const singular = (unit.endsWith('s') ? unit.slice(0, -1) : unit) as 'minute' | 'hour' | 'day';
  if (['minute', 'hour', 'day', 'week', 'month'].includes(singular))
    return translator.duration(value, singular);
  return `${value} ${value === 1 ? singular : `${singular}s`}`;
}

/** "A", "A and B", "A, B and C". */
export function listing(items: readonly string[], translator: Translator = englishTranslator): string {
  if (items.length <= 1) return items.join('');
  return translator.t('catalog.summary.listing', {
    head: items.slice(0, -1).join(', '),
    last: items[items.length - 1]!,
  });
}
