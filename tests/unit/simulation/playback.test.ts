import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BASE_STEP_MS,
  createPlayback,
  initialPlayback,
  nextEvent,
  play,
  seek,
  seekInstant,
  step,
  tick,
} from '../../../src/sim/playback';
import { timelineOf } from './helpers';

const t = timelineOf('paid-and-delivered');
const n = t.entries.length;

describe('playback transitions', () => {
  it('starts at the end, paused, so a fresh run shows its outcome', () => {
    expect(initialPlayback(n)).toEqual({ position: n - 1, length: n, playing: false, speed: 1 });
    expect(initialPlayback(0).position).toBe(-1);
  });

  it('steps forward and back within the log and pauses when stepping by hand', () => {
    const s = { ...seek(initialPlayback(n), 3), playing: true };
    expect(step(s, 1)).toMatchObject({ position: 4, playing: false });
    expect(step(s, -10).position).toBe(0);
    expect(step(seek(s, n - 1), 5).position).toBe(n - 1);
  });

  it('play from the end starts over; ticks advance and stop at the last entry', () => {
    let s = play(initialPlayback(n));
    expect(s).toMatchObject({ position: 0, playing: true });
    for (let i = 0; i < n + 3; i++) s = tick(s);
    expect(s).toMatchObject({ position: n - 1, playing: false });
  });

  it('scrubs to an instant: the last entry at or before it', () => {
    const s = seekInstant(initialPlayback(n), t, '2025-03-04T00:00:00Z');
    expect(t.entries[s.position]!.at <= '2025-03-04T00:00:00.000Z').toBe(true);
    expect(t.entries[s.position + 1]!.at > '2025-03-04T00:00:00.000Z').toBe(true);
    expect(seekInstant(initialPlayback(n), t, '2000-01-01T00:00:00Z').position).toBe(0);
    expect(seekInstant(initialPlayback(n), t, 'not a date').position).toBe(n - 1);
  });

  it('jumps to the next event entry, and stays when there is none', () => {
    let s = seek(initialPlayback(n), 0);
    const seen: string[] = [];
    for (;;) {
      const next = nextEvent(s, t);
      if (next.position === s.position) break;
      s = next;
      const e = t.entries[s.position]!;
      if (e.kind === 'event') seen.push(e.event);
    }
    expect(seen).toContain('payment.received');
    expect(seen.indexOf('payment.received')).toBeLessThan(seen.indexOf('order.delivered'));
  });
});

describe('createPlayback (timers)', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('plays one entry per step at the chosen speed and notifies subscribers', () => {
    const p = createPlayback(t);
    const listener = vi.fn();
    p.subscribe(listener);
    p.play();
    expect(p.getState().position).toBe(0);
    vi.advanceTimersByTime(BASE_STEP_MS);
    expect(p.getState().position).toBe(1);
    p.setSpeed(4);
    vi.advanceTimersByTime(BASE_STEP_MS);
    expect(p.getState().position).toBe(5);
    p.pause();
    vi.advanceTimersByTime(BASE_STEP_MS * 10);
    expect(p.getState().position).toBe(5);
    expect(listener).toHaveBeenCalled();
    p.dispose();
  });

  it('stops at the end by itself', () => {
    const p = createPlayback(t, { position: n - 3 });
    p.play();
    vi.advanceTimersByTime(BASE_STEP_MS * 5);
    expect(p.getState()).toMatchObject({ position: n - 1, playing: false });
    p.dispose();
  });

  it('load() switches to a new run and shows its end', () => {
    const p = createPlayback(t, { position: 0 });
    const other = timelineOf('never-paid');
    p.load(other);
    expect(p.getState()).toMatchObject({ position: other.entries.length - 1, length: other.entries.length });
    p.dispose();
  });

  it('load() at a position stays there and stopped (a re-run after "Skip pause")', () => {
    const p = createPlayback(t);
    const other = timelineOf('never-paid');
    p.play();
    p.load(other, 3);
    expect(p.getState()).toMatchObject({ position: 3, length: other.entries.length, playing: false });
    p.dispose();
  });
});
