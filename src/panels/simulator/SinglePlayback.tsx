import { useEffect, useMemo } from 'react';
import type { Flow } from '../../domain/flow';
import type { NodeStates } from '../../domain/simulation';
import { nodeStates } from '../../domain/simulation';
import type { Contact, Environment } from '../../domain/scenario';
import type { EndReason, Timeline, TimelineEntry } from '../../domain/timeline';
import { useTranslator } from '../../i18n/react';
import type { MessageKey } from '../../i18n';
import { buttonClass } from '../../ui/formStyles';
import { formatTimeLeft } from './duration';
import { flowNames } from '../../i18n/timelineText';
import { PlaybackControls } from './PlaybackControls';
import type { RunExplainer } from './runReasons';
import { cardReasons } from './runReasons';
import { TimelineDownloads } from './TimelineDownloads';
import { TimelinePanel } from './TimelinePanel';
import { usePlayback, usePlaybackState } from './usePlayback';

interface Props {
  flow: Flow;
  timeline: Timeline;
  /** The scenario the run came from; names the downloaded files. */
  scenarioName: string;
  /** Where playback starts (an entry index); the end of the run when absent. */
  startAt?: number | undefined;
  environment?: Environment | undefined;
  /** The scenario's client, whom the run's messages went to. */
  contact?: Contact | undefined;
  onSelectEntry?: ((entry: TimelineEntry) => void) | undefined;
  onNodeStates?: ((states: NodeStates) => void) | undefined;
  /** "Skip pause" on a robot waiting at the position. */
  onSkipPause?: ((robotId: string, position: number) => void) | undefined;
  /** The robots "Skip pause" can act on at an instant (still waiting once that instant's jobs ran). */
  skippableAt?: ((at: string) => ReadonlySet<string>) | undefined;
  /** The run no longer matches the scenario (edited since): downloads are off. */
  stale?: boolean | undefined;
  /** "Expect this" on a log row. */
  onExpect?: ((entry: TimelineEntry) => void) | undefined;
  /** The run's explanations at a position: the canvas's cards say why they did not act, as of then. */
  explain?: RunExplainer | undefined;
  /** Hands out "skip pause at the current position" (for the canvas's waiting cards); undefined on unmount. */
  onSkipPauseReady?: ((skip: ((robotId: string) => void) | undefined) => void) | undefined;
}

/** How the run ended (docs/semantics.md §4 rule 11), said where the order's position is. */
const END_TEXT: Record<EndReason, MessageKey> = {
  idle: 'simulator.end.idle',
  until: 'simulator.end.until',
  'loop-guard': 'simulator.end.loopGuard',
  limit: 'simulator.end.limit',
};

/** A finished run with playback: controls, the waiting robots, the timeline at the playback position. */
export function SinglePlayback({
  flow,
  timeline,
  scenarioName,
  startAt,
  environment,
  contact,
  onSelectEntry,
  onNodeStates,
  onSkipPause,
  onSkipPauseReady,
  skippableAt,
  stale,
  onExpect,
  explain,
}: Props) {
  const translator = useTranslator();
  const { t } = translator;
  const controller = usePlayback(timeline, startAt);
  const { position } = usePlaybackState(controller);
  const states = useMemo(() => nodeStates(flow, timeline, position), [flow, timeline, position]);
  const shownAt = timeline.entries[position]?.at;
  const skippable = useMemo(
    () => (shownAt === undefined || !skippableAt ? new Set<string>() : skippableAt(shownAt)),
    [shownAt, skippableAt],
  );
  const reasons = useMemo(
    () =>
      explain ? cardReasons(explain(position), flow, timeline.entries[0]?.at ?? '', translator) : undefined,
    [explain, position, flow, timeline, translator],
  );
  // The canvas offers "Skip pause" only where it can act, and says why a card did not act.
  const shown = useMemo(() => {
    const robots = { ...states.robots };
    for (const [id, r] of Object.entries(robots))
      if (r.state === 'waiting') robots[id] = { ...r, skippable: skippable.has(id) };
    return reasons ? { ...states, robots, reasons } : { ...states, robots };
  }, [states, skippable, reasons]);
  useEffect(() => onNodeStates?.(shown), [shown, onNodeStates]);
  const names = flowNames(flow);
  // The canvas's waiting cards skip through here, so they act only where a skip can.
  useEffect(() => {
    if (!onSkipPauseReady || !onSkipPause) return;
    onSkipPauseReady((robotId) => {
      if (skippable.has(robotId)) onSkipPause(robotId, position);
    });
    return () => onSkipPauseReady(undefined);
  }, [onSkipPauseReady, onSkipPause, position, skippable]);
  const waiting = Object.entries(states.robots).flatMap(([id, s]) =>
    s.state === 'waiting' ? [{ id, left: s.timeLeftMs }] : [],
  );
  return (
    <div className="flex flex-col gap-2">
      <PlaybackControls controller={controller} timeline={timeline} />
      <TimelineDownloads flow={flow} timeline={timeline} scenarioName={scenarioName} disabled={stale} />
      <p className="text-xs text-slate-700 dark:text-slate-300">
        {states.ended
          ? t('simulator.playback.orderIn.ended', {
              status: names.status(states.status),
              ended: t(END_TEXT[states.ended]),
            })
          : t('simulator.playback.orderIn', { status: names.status(states.status) })}
      </p>
      {waiting.length > 0 && (
        <ul
          aria-label={t('simulator.playback.waiting')}
          className="flex flex-wrap gap-2 text-xs text-slate-700 dark:text-slate-300"
        >
          {waiting.map((w) => (
            <li key={w.id} className="flex items-center gap-1">
              <span aria-hidden="true">○</span>
              {names.robot(w.id)} — {formatTimeLeft(w.left, translator)}
              {onSkipPause && w.left > 0 && skippable.has(w.id) && (
                <button type="button" className={buttonClass} onClick={() => onSkipPause(w.id, position)}>
                  {t('simulator.playback.skipPause', { name: names.robot(w.id) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <TimelinePanel
        flow={flow}
        timeline={timeline}
        position={position}
        environment={environment}
        contact={contact}
        onExpect={onExpect}
        onSelectEntry={(entry) => {
          controller.seek(timeline.entries.indexOf(entry));
          onSelectEntry?.(entry);
        }}
      />
    </div>
  );
}
