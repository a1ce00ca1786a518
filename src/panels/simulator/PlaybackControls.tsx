import type { Timeline } from '../../domain/timeline';
import type { PlaybackController } from '../../sim/playback';
import { PLAYBACK_SPEEDS } from '../../sim/playback';
import { useTranslator } from '../../i18n/react';
import { buttonClass, selectClass } from '../../ui/formStyles';
import { offsetFrom } from '../../i18n/timelineText';
import { PlaybackGlyph } from './PlaybackGlyph';
import { usePlaybackState } from './usePlayback';

interface Props {
  controller: PlaybackController;
  timeline: Timeline;
}

/** Play/pause, step, scrub, speed and "next event" over a run's log. */
export function PlaybackControls({ controller, timeline }: Props) {
  const translator = useTranslator();
  const { t } = translator;
  const state = usePlaybackState(controller);
  const entries = timeline.entries;
  const startAt = entries[0]?.at ?? '';
  const current = entries[state.position];
  const empty = state.length === 0;
  return (
    <div
      role="toolbar"
      aria-label={t('simulator.playback.label')}
      className="flex flex-wrap items-center gap-2 text-xs text-fg-soft"
    >
      <button
        type="button"
        className={buttonClass}
        aria-label={t('simulator.playback.back')}
        disabled={empty || state.position <= 0}
        onClick={() => controller.step(-1)}
      >
        <PlaybackGlyph name="step-back" />
      </button>
      <button
        type="button"
        className={buttonClass}
        aria-label={state.playing ? t('simulator.playback.pause') : t('simulator.playback.play')}
        disabled={empty}
        onClick={() => controller.toggle()}
      >
        <PlaybackGlyph name={state.playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className={buttonClass}
        aria-label={t('simulator.playback.forward')}
        disabled={empty || state.position >= state.length - 1}
        onClick={() => controller.step(1)}
      >
        <PlaybackGlyph name="step-forward" />
      </button>
      <button type="button" className={buttonClass} disabled={empty} onClick={() => controller.nextEvent()}>
        {t('simulator.playback.nextEvent')}
      </button>
      <input
        type="range"
        aria-label={t('simulator.playback.position')}
        aria-valuetext={
          current
            ? t('simulator.playback.position.value', {
                seq: current.seq,
                total: state.length,
                offset: offsetFrom(startAt, current.at, translator),
              })
            : t('simulator.playback.position.empty')
        }
        min={0}
        max={Math.max(0, state.length - 1)}
        value={Math.max(0, state.position)}
        disabled={empty}
        onChange={(e) => controller.seek(Number(e.target.value))}
        className="min-w-32 flex-1 accent-brand-600"
      />
      <span className="tabular-nums" aria-live="polite">
        {current
          ? t('simulator.playback.readout', {
              seq: current.seq,
              total: state.length,
              offset: offsetFrom(startAt, current.at, translator),
            })
          : '—'}
      </span>
      <label className="flex items-center gap-1">
        {t('simulator.playback.speed')}
        <select
          className={`${selectClass} w-auto`}
          value={state.speed}
          onChange={(e) => controller.setSpeed(Number(e.target.value))}
        >
          {PLAYBACK_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
