import type { Timeline } from '../domain/timeline';
import { instantMs } from '../domain/simulation';

/**
 * Playback over a finished timeline. The position is the index of the last entry shown (the whole
 * run is shown at length − 1). The transitions are pure functions; `createPlayback` adds the one
 * impure part, a timer that steps while playing.
 */
export interface PlaybackState {
  position: number;
  /** Number of entries (0: nothing to play). */
  length: number;
  playing: boolean;
  /** Entries per base interval: 2 plays twice as fast. */
  speed: number;
}

export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4, 8] as const;
/** Real time between two entries at speed 1. */
export const BASE_STEP_MS = 800;

const clamp = (state: PlaybackState, index: number) =>
  state.length === 0 ? -1 : Math.min(Math.max(0, Math.trunc(index)), state.length - 1);

/** A stopped playback; by default at the end, so a fresh run shows its outcome at once. */
export function initialPlayback(length: number, position = length - 1, speed = 1): PlaybackState {
  const state = { position: 0, length, playing: false, speed };
  return { ...state, position: clamp(state, position) };
}

export const atEnd = (s: PlaybackState) => s.position >= s.length - 1;

export function seek(s: PlaybackState, index: number): PlaybackState {
  const position = clamp(s, index);
  return position === s.position ? s : { ...s, position };
}

/** Moves by `delta` entries; stepping by hand pauses, as in a media player. */
export function step(s: PlaybackState, delta: number): PlaybackState {
  return { ...seek(s, s.position + delta), playing: false };
}

/** Starts playing; from the end it starts over (a finished run replays). */
export function play(s: PlaybackState): PlaybackState {
  if (s.length === 0) return s;
  return { ...s, playing: true, position: atEnd(s) ? 0 : s.position };
}

export const pause = (s: PlaybackState): PlaybackState => (s.playing ? { ...s, playing: false } : s);

/** One timer step while playing: the next entry; stops at the end. */
export function tick(s: PlaybackState): PlaybackState {
  if (!s.playing) return s;
  const next = seek(s, s.position + 1);
  return atEnd(next) ? { ...next, playing: false } : next;
}

export function setSpeed(s: PlaybackState, speed: number): PlaybackState {
  return speed > 0 && speed !== s.speed ? { ...s, speed } : s;
}

/** The last entry at or before an instant (the first entry when the instant is before the run). */
export function seekInstant(s: PlaybackState, timeline: Timeline, instant: string): PlaybackState {
  const limit = instantMs(instant);
  if (limit === undefined) return s;
  let index = 0;
  timeline.entries.forEach((e, i) => {
    if ((instantMs(e.at) ?? Infinity) <= limit) index = i;
  });
  return seek(s, index);
}

/** The next `event` entry after the position (an event is what moves an order); stays put when none. */
export function nextEvent(s: PlaybackState, timeline: Timeline): PlaybackState {
  const i = timeline.entries.findIndex((e, index) => index > s.position && e.kind === 'event');
  return i < 0 ? s : { ...seek(s, i), playing: false };
}

/** The delay before the next tick at a speed. */
export const stepDelay = (speed: number) => BASE_STEP_MS / speed;

/** The timers playback uses; tests pass fake ones (or use vitest's fake timers). */
export interface PlaybackScheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realScheduler: PlaybackScheduler = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface PlaybackController {
  getState(): PlaybackState;
  subscribe(listener: () => void): () => void;
  play(): void;
  pause(): void;
  toggle(): void;
  step(delta: number): void;
  seek(index: number): void;
  seekInstant(instant: string): void;
  nextEvent(): void;
  setSpeed(speed: number): void;
  /** Switches to another timeline (a new run): stops and shows `position`, by default its end. */
  load(timeline: Timeline, position?: number): void;
  dispose(): void;
}

/** Playback with a timer: a subscribable store that `useSyncExternalStore` can read. */
export function createPlayback(
  initial: Timeline,
  options: { position?: number; scheduler?: PlaybackScheduler } = {},
): PlaybackController {
  const scheduler = options.scheduler ?? realScheduler;
  let timeline = initial;
  let state = initialPlayback(timeline.entries.length, options.position);
  let timer: unknown;
  const listeners = new Set<() => void>();

  const schedule = () => {
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
    // A timeout per step (not an interval) so a new speed applies from the next step on.
    if (state.playing)
      timer = scheduler.setTimeout(() => {
        timer = undefined;
        set(tick(state));
      }, stepDelay(state.speed));
  };
  const set = (next: PlaybackState) => {
    const restart = next.playing !== state.playing || next.speed !== state.speed || next.playing;
    if (next === state && !restart) return;
    const changed = next !== state;
    state = next;
    if (restart) schedule();
    if (changed) listeners.forEach((l) => l());
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    play: () => set(play(state)),
    pause: () => set(pause(state)),
    toggle: () => set(state.playing ? pause(state) : play(state)),
    step: (delta) => set(step(state, delta)),
    seek: (index) => set(seek(state, index)),
    seekInstant: (instant) => set(seekInstant(state, timeline, instant)),
    nextEvent: () => set(nextEvent(state, timeline)),
    setSpeed: (speed) => set(setSpeed(state, speed)),
    load(next, position) {
      timeline = next;
      set(initialPlayback(next.entries.length, position, state.speed));
    },
    dispose() {
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
      listeners.clear();
    },
  };
}
