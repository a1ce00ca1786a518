import { templateAsLabels } from '../templateParts';

/** Small wording helpers shared by the catalog's one-line summaries. */

/**
 * A text shortened for a card: the first line, at most `max` characters, in quotes. Inserts read as
 * their field's label (‹Order number›), never as `{{path}}`.
 */
export function quote(text: string, max = 48): string {
  const firstLine = templateAsLabels(text).split('\n')[0]!.trim();
  const short = firstLine.length > max ? `${firstLine.slice(0, max - 1)}…` : firstLine;
  return `“${short}”`;
}

/** "1 day", "3 hours": an interval for people. */
export function plural(value: number, unit: string): string {
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  return `${value} ${value === 1 ? singular : `${singular}s`}`;
}

/** "A", "A and B", "A, B and C". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
