import { useId, useMemo, useState } from 'react';
import type { Flow } from '../../domain/flow';
import { DEFAULT_ENVIRONMENT } from '../../domain/reference/defaultEnvironment';
import type { Contact, Environment } from '../../domain/scenario';
import type { Timeline, TimelineEntry } from '../../domain/timeline';
import type { KindFilter } from './format';
import { filterOf, KIND_FILTERS, kindFilterLabel } from './format';
import { flowNames } from '../../i18n/timelineText';
import { utcOffset } from '../settings/zones';
import { LogRow } from './LogRow';
import { useTranslator } from '../../i18n/react';
import { TimeAxis } from './TimeAxis';

export interface TimelinePanelProps {
  flow: Flow;
  timeline: Timeline;
  /** The playback position (entry index); the whole run when absent. */
  position?: number | undefined;
  /** Choosing a log row or a mark; the app selects the entry's node and moves playback there. */
  onSelectEntry: (entry: TimelineEntry) => void;
  /** Reference data of the run, to name employees and providers (default: the built-in lists). */
  environment?: Environment | undefined;
  /** The scenario's client: robot outputs name their chat after them. */
  contact?: Contact | undefined;
  /** "Expect this" on a row. */
  onExpect?: ((entry: TimelineEntry) => void) | undefined;
}

/** The run's time axis and its numbered log, filterable by kind. */
export function TimelinePanel({
  flow,
  timeline,
  position,
  onSelectEntry,
  environment,
  contact,
  onExpect,
}: TimelinePanelProps) {
  const translator = useTranslator();
  const { t } = translator;
  const names = useMemo(() => flowNames(flow, environment, translator), [flow, environment, translator]);
  const [hidden, setHidden] = useState<ReadonlySet<KindFilter>>(new Set());
  const startAt = timeline.entries[0]?.at ?? '';
  const timezone = flow.settings.timezone;
  const zoneNoteId = useId();
  const env = environment ?? DEFAULT_ENVIRONMENT;
  const visible = timeline.entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => !hidden.has(filterOf(entry.kind)));
  const counts = useMemo(() => {
    const c = new Map<KindFilter, number>();
    for (const e of timeline.entries) c.set(filterOf(e.kind), (c.get(filterOf(e.kind)) ?? 0) + 1);
    return c;
  }, [timeline]);

  const toggle = (key: KindFilter) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <section aria-label={t('simulator.timeline.label')} className="flex flex-col gap-2 text-fg">
      <TimeAxis timeline={timeline} names={names} position={position} onSelectEntry={onSelectEntry} />
      <div role="group" aria-label={t('simulator.timeline.filter')} className="flex flex-wrap gap-1">
        {KIND_FILTERS.map((f) => (
          <button
            key={f.key}
            type="button"
            aria-pressed={!hidden.has(f.key)}
            onClick={() => toggle(f.key)}
            className="rounded-full border border-border-strong px-2 py-0.5 text-xs text-fg-muted aria-pressed:border-brand-500 aria-pressed:bg-brand-50 aria-pressed:text-brand-700 dark:aria-pressed:bg-slate-800 dark:aria-pressed:text-brand-100"
          >
            {kindFilterLabel(f.key, translator)} ({counts.get(f.key) ?? 0})
          </button>
        ))}
      </div>
      <p id={zoneNoteId} className="text-xs text-fg-subtle">
        {t('simulator.timeline.zone', {
          zone: timezone,
          offset: utcOffset(timezone, new Date(startAt || 0)),
        })}
      </p>
      <ol
        aria-label={t('simulator.timeline.log')}
        aria-describedby={zoneNoteId}
        // Scrolls within a height of its own, so the playback controls above stay in sight.
        className="max-h-[min(28rem,60vh)] overflow-auto rounded border border-border"
      >
        {visible.map(({ entry, index }) => (
          <LogRow
            key={entry.seq}
            entry={entry}
            names={names}
            startAt={startAt}
            timezone={timezone}
            environment={env}
            contact={contact}
            current={position === index}
            future={position !== undefined && index > position}
            onSelect={onSelectEntry}
            onExpect={onExpect}
          />
        ))}
        {visible.length === 0 && (
          <li className="p-3 text-xs text-fg-muted">{t('simulator.timeline.none')}</li>
        )}
      </ol>
      {timeline.final.pending.length > 0 && (
        <p className="text-xs text-fg-subtle">
          {t('simulator.timeline.pending', {
            names: timeline.final.pending.map((p) => names.robot(p.robot)).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
