import type { Reaction } from '../domain/scenario';
import type { EventType } from '../domain/types';
import type { Json } from './fields';
import type { EventSource } from './jobs';
import { durationAdder } from './time';

/** A scenario reaction prepared for the run (docs/semantics.md §5 `reactions`). */
export interface CompiledReaction {
  readonly robot: string | undefined;
  readonly later: (ms: number, zone: string) => number;
  readonly type: EventType;
  readonly data: Json | undefined;
}

/** Groups the scenario's reactions by the event type they react to, in array order. */
export function compileReactions(
  reactions: readonly Reaction[] | undefined,
): Map<string, CompiledReaction[]> {
  const byType = new Map<string, CompiledReaction[]>();
  for (const r of reactions ?? []) {
    const compiled: CompiledReaction = {
      robot: r.robot,
      later: durationAdder(r.after),
      type: r.emit.type,
      data: r.emit.data,
    };
    const list = byType.get(r.on);
    if (list) list.push(compiled);
    else byType.set(r.on, [compiled]);
  }
  return byType;
}

/** Whether a reaction answers an event: a reaction naming a robot only answers that robot's events. */
export const reactsTo = (r: CompiledReaction, source: EventSource, emitter: string | undefined): boolean =>
  r.robot === undefined || (source === 'robot' && emitter === r.robot);
