import type { TimelineEntry } from '../../domain/timeline';
import { englishTranslator } from '../../i18n/english';
import type { Tone } from '../../i18n/timelineText';
import type { Translator } from '../../i18n/translator';

export { formatDuration } from './duration';

/*
 * What only the screens need of the log: its filters and its colours as classes. The words of the
 * log live in src/i18n/timelineText.ts, which the CLI shares.
 */

/** Kind groups the log can be filtered by. */
export const KIND_FILTERS = [
  { key: 'status', kinds: ['status.entered', 'status.left'] },
  { key: 'scheduled', kinds: ['robot.scheduled'] },
  { key: 'robots', kinds: ['robot.done', 'robot.failed', 'robot.skipped', 'robot.cancelled'] },
  { key: 'events', kinds: ['event'] },
  { key: 'triggers', kinds: ['trigger.fired'] },
  { key: 'end', kinds: ['end'] },
] as const satisfies readonly { key: string; kinds: readonly TimelineEntry['kind'][] }[];
export type KindFilter = (typeof KIND_FILTERS)[number]['key'];

/** A filter's button text: "Status changes" / «Смена статусов». */
export const kindFilterLabel = (key: KindFilter, { t }: Translator = englishTranslator): string =>
  t(`engine.log.filter.${key}`);

export const filterOf = (kind: TimelineEntry['kind']): KindFilter =>
  KIND_FILTERS.find((f) => (f.kinds as readonly string[]).includes(kind))!.key;

export const TONE_TEXT: Record<Tone, string> = {
  green: 'text-success',
  orange: 'text-orange-700 dark:text-orange-400',
  red: 'text-danger',
  grey: 'text-fg-muted',
  blue: 'text-blue-700 dark:text-blue-400',
  violet: 'text-violet-700 dark:text-violet-400',
  neutral: 'text-slate-700 dark:text-slate-300',
};
