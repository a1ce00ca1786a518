import type { Flow } from '../flow';
import { idTaken, refuse } from './context';
import type { Command } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function renameFlow(flow: Flow, cmd: Of<'flow.rename'>): void {
  const name = cmd.name.trim();
  if (name === '') refuse('empty-name', 'A flow needs a name.');
  flow.name = name;
}

/** Remembers where the user put a card (or forgets it with `null`, so auto layout places it again). */
export function setPosition(flow: Flow, cmd: Of<'layout.setPosition'>): void {
  if (!idTaken(flow, cmd.id)) refuse('unknown-node', `There is nothing with the id “${cmd.id}” to place.`);
  if (cmd.position === null) {
    if (flow.layout?.positions) delete flow.layout.positions[cmd.id];
    return;
  }
  if (!Number.isFinite(cmd.position.x) || !Number.isFinite(cmd.position.y))
    refuse('invalid', 'A position needs finite coordinates.');
  flow.layout ??= {};
  flow.layout.positions ??= {};
  flow.layout.positions[cmd.id] = { x: cmd.position.x, y: cmd.position.y };
}
