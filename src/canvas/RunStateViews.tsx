import type { ReactNode } from 'react';
import type { RobotCoverage } from '../domain/simulation';
import { formatTimeLeft } from '../panels/simulator/duration';
import { useTranslator } from '../i18n/react';
import type { Translator } from '../i18n/translator';
import { useDesigner } from '../store';
import type { LaneRunStateProps, RobotRunStateProps, TriggerRunStateProps } from './RunState';

/*
 * What a simulation shows on the canvas, as in Bitrix24's per-order view: each card's state at the
 * playback position, the order's lane, and after a what-if batch the coverage counts. Overlays drawn
 * over the designer's cards, given what RunState.tsx read from the store's simulation slice. They are
 * not in the first load (they draw nothing outside a run): fetched when the page is idle.
 */

const PILL =
  'inline-flex max-w-full items-center gap-1 truncate rounded-full px-2 py-0.5 text-[11px] font-semibold shadow-sm';

function Pill({ tone, title, children }: { tone: string; title?: string; children: ReactNode }) {
  return (
    <span className={`${PILL} ${tone}`} title={title}>
      {children}
    </span>
  );
}

/** Over a card: a tinted frame, and a pill on the card's top edge. */
function Overlay({
  state,
  frame,
  children,
  footer,
}: {
  state: string;
  frame: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <>
      <div
        aria-hidden="true"
        data-run-state={state}
        className={`pointer-events-none absolute inset-0 rounded-lg ${frame}`}
      />
      <div className="nodrag nopan absolute -top-2.5 right-2 flex max-w-[85%] items-center gap-1">
        {children}
      </div>
      {footer && <div className="nodrag nopan absolute bottom-2 right-2">{footer}</div>}
    </>
  );
}

function SkipPauseButton({ robotId }: { robotId: string }) {
  const skip = useDesigner((s) => s.simulation.skipPause);
  const { t } = useTranslator();
  if (!skip) return null;
  return (
    <button
      type="button"
      onClick={(event) => {
        event.stopPropagation();
        skip(robotId);
      }}
      className={`${PILL} border border-border-strong bg-white text-brand-700 hover:bg-brand-50 dark:bg-slate-800 dark:text-brand-100`}
    >
      {t('canvas.run.skipPause')}
    </button>
  );
}

const coverageText = (c: RobotCoverage, { t }: Translator) =>
  t('canvas.run.coverage', {
    done: c.done,
    skipped: c.skipped,
    failed: c.failed,
    cancelled: c.cancelled,
    neverReached: c.neverReached,
  });

function RobotCoverageBadges({ coverage }: { coverage: RobotCoverage }) {
  const translator = useTranslator();
  const text = coverageText(coverage, translator);
  const parts: [string, number, string][] = [
    ['✓', coverage.done, 'text-emerald-700 dark:text-emerald-300'],
    ['↷', coverage.skipped, 'text-orange-700 dark:text-orange-300'],
    ['✗', coverage.failed, 'text-rose-700 dark:text-rose-300'],
    // One outcome per run (see domain/simulation/coverage.ts): the badges add up to the runs.
    ['⊘', coverage.cancelled, 'text-fg-secondary'],
    ['∅', coverage.neverReached, 'text-fg-muted'],
  ];
  const frame =
    coverage.failed > 0 ? 'ring-2 ring-rose-400' : coverage.neverReached > 0 ? 'ring-2 ring-slate-300' : '';
  return (
    <Overlay state="coverage" frame={frame}>
      <span
        role="img"
        aria-label={text}
        title={text}
        className={`${PILL} gap-1.5 border border-border bg-surface`}
      >
        {parts.map(([glyph, n, tone]) => (
          <span key={glyph} className={tone}>
            {glyph} {n}
          </span>
        ))}
      </span>
    </Overlay>
  );
}

/** A robot card's state in the run shown (or its coverage after a batch). */
export function RobotRunStateView({ robotId, state, coverage, why }: RobotRunStateProps) {
  const translator = useTranslator();
  const { t } = translator;
  if (!state) return coverage ? <RobotCoverageBadges coverage={coverage} /> : null;
  switch (state.state) {
    case 'idle':
      return null;
    case 'done':
      return (
        <Overlay state="done" frame="ring-2 ring-emerald-500 bg-emerald-400/10">
          <Pill tone="bg-emerald-700 text-white">{t('canvas.run.done')}</Pill>
        </Overlay>
      );
    case 'failed':
      return (
        <Overlay state="failed" frame="ring-2 ring-rose-500 bg-rose-400/15">
          <Pill tone="bg-rose-600 text-white" title={state.error}>
            {t('canvas.run.failed')}
            <span className="sr-only">: {state.error}</span>
          </Pill>
        </Overlay>
      );
    case 'waiting':
      return (
        <Overlay
          state="waiting"
          frame="border-2 border-dashed border-slate-400"
          footer={state.timeLeftMs > 0 && state.skippable !== false && <SkipPauseButton robotId={robotId} />}
        >
          <Pill tone="border border-border-strong bg-surface text-fg-soft">
            <span aria-hidden="true">○</span>{' '}
            {t('canvas.run.waiting', { timeLeft: formatTimeLeft(state.timeLeftMs, translator) })}
          </Pill>
        </Overlay>
      );
    case 'skipped':
      return (
        <Overlay state="skipped" frame="ring-2 ring-orange-400 bg-orange-300/15">
          <Pill
            tone="bg-orange-700 text-white"
            title={why ?? t('canvas.run.skipped.hint', { reason: state.reason })}
          >
            {t('canvas.run.skipped', { reason: state.reason })}
          </Pill>
        </Overlay>
      );
    case 'cancelled':
      return (
        <Overlay state="cancelled" frame="bg-slate-300/60 grayscale dark:bg-slate-700/60">
          <Pill
            tone="bg-slate-500 text-white"
            title={
              why ??
              t('canvas.run.cancelled.hint', {
                reason: state.reason === 'order.canceled' ? 'canceled' : 'left',
              })
            }
          >
            {t('canvas.run.cancelled')}
          </Pill>
        </Overlay>
      );
  }
}

/** A trigger's firings: in the run shown up to the playback position, or over a batch. */
export function TriggerRunStateView({ fired, batch }: TriggerRunStateProps) {
  const { t } = useTranslator();
  if (fired !== undefined) {
    if (fired === 0) return null;
    return (
      <Overlay state="fired" frame="ring-2 ring-emerald-500">
        <Pill tone="bg-emerald-700 text-white">{t('canvas.run.fired', { count: fired })}</Pill>
      </Overlay>
    );
  }
  if (!batch) return null;
  const text = t('canvas.run.firedInRuns', { fired: batch.fired, runs: batch.runs });
  return (
    <Overlay state="coverage" frame={batch.fired > 0 ? 'ring-2 ring-emerald-400' : 'ring-2 ring-slate-300'}>
      <Pill tone="border border-border bg-surface text-fg-soft" title={text}>
        ⚡ {text}
      </Pill>
    </Overlay>
  );
}

/** The order's current lane in the run shown; after a batch, how many runs reached each status. */
export function LaneRunStateView({ current, reached, runs }: LaneRunStateProps) {
  const { t } = useTranslator();
  if (current)
    return (
      <div
        data-run-state="current"
        className="pointer-events-none absolute inset-0 rounded-xl bg-brand-500/5 ring-4 ring-inset ring-brand-500"
      >
        {/* On the lane's top edge, as the cards' pills sit on theirs: inside the header it covered
            the status's name and its menu. */}
        <span className={`${PILL} absolute -top-2.5 right-3 bg-brand-600 text-white`}>
          {t('canvas.run.orderHere')}
        </span>
      </div>
    );
  if (reached === undefined) return null;
  return (
    <div className="pointer-events-none absolute -top-2.5 right-3">
      <span className={`${PILL} border border-border bg-surface text-fg-soft`}>
        {t('canvas.run.reached', { reached, runs })}
      </span>
    </div>
  );
}
