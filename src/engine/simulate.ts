import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline, TimelineEntry } from '../domain/timeline';
import { TIMELINE_FORMAT, TIMELINE_VERSION } from '../domain/timeline';
import type { InterpreterOptions } from './interpreter';
import { Interpreter } from './interpreter';
import { finalOf } from './run';

export interface SimulateOptions extends InterpreterOptions {
  /** Called with each entry as it is logged (streaming: many orders with flat memory). */
  onEntry?: (entry: TimelineEntry) => void;
  /** Keep the entries in the returned timeline (default true; false returns `entries: []`). */
  collect?: boolean;
}

/** Simulates one scenario through a flow (docs/semantics.md §4) and returns the timeline (docs/semantics.md §5). */
export function simulate(flow: Flow, scenario: Scenario, options: SimulateOptions = {}): Timeline {
  const entries: TimelineEntry[] = [];
  const { onEntry, collect = true } = options;
  const sink =
    onEntry && collect
      ? (e: TimelineEntry) => {
          entries.push(e);
          onEntry(e);
        }
      : onEntry
        ? onEntry
        : collect
          ? (e: TimelineEntry) => void entries.push(e)
          : () => undefined;
  const it = new Interpreter(flow, scenario, sink, options);
  it.begin();
  while (it.step());
  // The run is over: the final state can be handed out without copying.
  return { format: TIMELINE_FORMAT, version: TIMELINE_VERSION, entries, final: finalOf(it, false) };
}
