import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Timeline } from '../../domain/timeline';
import type { PlaybackController } from '../../sim/playback';
import { createPlayback } from '../../sim/playback';

/** A playback controller for a timeline, owned by the component: a new run loads, unmount stops timers. */
export function usePlayback(timeline: Timeline, startAt?: number): PlaybackController {
  const [controller] = useState(() => createPlayback(timeline, { position: startAt }));
  const loaded = useRef(timeline);
  useEffect(() => {
    // Loading notifies subscribers, so it happens after render, never during it.
    if (loaded.current !== timeline) {
      loaded.current = timeline;
      controller.load(timeline, startAt);
    }
  }, [controller, timeline, startAt]);
  useEffect(() => () => controller.dispose(), [controller]);
  return controller;
}

/** The controller's state, re-rendering on every change. */
export function usePlaybackState(controller: PlaybackController) {
  return useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
}
