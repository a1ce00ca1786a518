import { useMemo } from 'react';
import type { Timeline, TimelineEntry } from '../../domain/timeline';
import { timeAxis } from '../../domain/simulation';
import { useTranslator } from '../../i18n/react';
import type { FlowNames } from '../../i18n/timelineText';
import { offsetFrom } from '../../i18n/timelineText';
import { formatDuration } from './format';

const MARK_CLASS = {
  done: 'bg-emerald-500',
  failed: 'bg-rose-600',
  skipped: 'bg-orange-400',
  cancelled: 'bg-slate-400 dark:bg-slate-500',
} as const;

interface Props {
  timeline: Timeline;
  names: FlowNames;
  /** The entry shown by playback: a cursor on the axis. */
  position?: number | undefined;
  onSelectEntry: (entry: TimelineEntry) => void;
}

/** Status bands (time spent in each status) with robot results as marks on one axis. */
export function TimeAxis({ timeline, names, position, onSelectEntry }: Props) {
  const translator = useTranslator();
  const { t } = translator;
  const axis = useMemo(() => timeAxis(timeline), [timeline]);
  const span = Math.max(1, axis.endMs - axis.startMs);
  const pct = (ms: number) => `${((ms - axis.startMs) / span) * 100}%`;
  const startAt = timeline.entries[0]?.at ?? '';
  const bySeq = useMemo(() => new Map(timeline.entries.map((e) => [e.seq, e])), [timeline]);
  const cursor = position === undefined ? undefined : timeline.entries[position];

  return (
    <div className="space-y-1">
      <ol
        aria-label={t('simulator.axis.bands')}
        className="relative h-6 overflow-hidden rounded bg-surface-raised"
      >
        {axis.bands.map((band, i) => {
          const label = t('simulator.axis.band', {
            status: names.status(band.status),
            duration: formatDuration(band.toMs - band.fromMs, translator),
          });
          return (
            <li
              key={i}
              title={label}
              aria-label={label}
              className="absolute inset-y-0 min-w-[3px] border-r border-white/60 opacity-80 dark:border-slate-900/60"
              style={{
                left: pct(band.fromMs),
                width: pct(axis.startMs + (band.toMs - band.fromMs)),
                background: names.statusColor(band.status),
              }}
            />
          );
        })}
      </ol>
      <div className="relative h-4" role="group" aria-label={t('simulator.axis.marks')}>
        {axis.marks.map((mark) => {
          const entry = bySeq.get(mark.seq);
          const label = t('simulator.axis.mark', {
            robot: names.robot(mark.robot),
            outcome: mark.outcome,
            offset: offsetFrom(startAt, entry?.at ?? startAt, translator),
          });
          return (
            <button
              type="button"
              key={mark.seq}
              aria-label={label}
              title={label}
              onClick={() => entry && onSelectEntry(entry)}
              className={`absolute top-0.5 h-3 w-1.5 -translate-x-1/2 rounded-sm focus-visible:outline-2 focus-visible:outline-brand-500 ${MARK_CLASS[mark.outcome]}`}
              style={{ left: pct(mark.atMs) }}
            />
          );
        })}
        {cursor && (
          <span
            aria-hidden="true"
            className="pointer-events-none absolute -top-7 bottom-0 w-0.5 bg-slate-900 dark:bg-white"
            style={{ left: pct(Date.parse(cursor.at)) }}
          />
        )}
      </div>
      <div className="flex justify-between text-[10px] text-fg-muted">
        <span>{offsetFrom(startAt, startAt, translator)}</span>
        <span>
          {offsetFrom(startAt, timeline.entries[timeline.entries.length - 1]?.at ?? startAt, translator)}
        </span>
      </div>
    </div>
  );
}
