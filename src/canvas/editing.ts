import type { Command } from '../domain/commands';
import type { Flow } from '../domain/flow';
import { robotId, statusId, triggerId } from '../domain/ids';
import { canConnect } from '../domain/rules';
import type { DesignerStore } from '../store';
import type { RobotSlot } from '../domain/commands';
import { shortName } from './mapping';
import { isSamePlace } from './slots';
import type { DropTarget } from './slots';
import { hasChainLinks, movedSentence } from '../domain/moveCards';

/** A card being dragged: which one, and whether it is a robot or a trigger. */
export interface DraggedCard {
  id: string;
  kind: 'robot' | 'trigger';
}

/** A connection as React Flow reports it (its Connection or an Edge). */
type ConnectionLike = { source: string; target: string };

const statusLabel = (flow: Flow, id: string) => flow.statuses.find((s) => s.id === id)?.name ?? id;

/**
 * The canvas's edits as commands. Kept apart from the React component so every handler can be called
 * (and tested) without pointer events: React Flow only tells us what the user did.
 */
export function createCanvasEditing(store: DesignerStore) {
  const state = () => store.getState();

  /** Dispatches, and tells the user when the document refused (the reason is the rule's sentence). */
  const run = (command: Command, options?: { merge?: string }) => {
    const result = state().dispatch(command, options);
    if (!result.ok) state().notify(result.reason, 'error');
    return result;
  };

  return {
    /** Why `from → to` may not be drawn, or null when it may (also: the hint while dragging). */
    refusal(from: string, to: string): string | null {
      const answer = canConnect(state().flow, robotId(from), robotId(to), state().language);
      return answer.ok ? null : answer.reason;
    },

    // Arrows, not methods: the canvas hands these to React Flow as they are (no `this`).
    isValidConnection: (connection: ConnectionLike): boolean =>
      canConnect(state().flow, robotId(connection.source), robotId(connection.target)).ok,

    /** A drawn edge: the target runs after the source. */
    onConnect: (connection: ConnectionLike): boolean =>
      run({ type: 'edge.connect', from: robotId(connection.source), to: robotId(connection.target) }).ok,

    /** The user let go of a connection over a card that refused it: say why, where they look. */
    onConnectRefused(from: string, to: string): void {
      const reason = this.refusal(from, to);
      if (reason) state().notify(`Cannot connect: ${reason}`, 'error');
    },

    /**
     * Delete/Backspace on the selection, as one undo step. Edges go first: deleting a robot re-links
     * its followers to its own previous robot, and a selected edge must not survive that re-linking.
     */
    deleteSelection(nodeIds: readonly string[], edgeTargets: readonly string[]): void {
      const flow = state().flow;
      const robots = new Set(flow.robots.map((r) => r.id as string));
      const triggers = new Set(flow.triggers.map((t) => t.id as string));
      const commands: Command[] = [];
      for (const to of edgeTargets) {
        const robot = flow.robots.find((r) => r.id === to);
        if (robot && robot.after !== null && !nodeIds.includes(to))
          commands.push({ type: 'edge.disconnect', to: robot.id });
      }
      for (const id of nodeIds) {
        if (robots.has(id)) commands.push({ type: 'robot.delete', id: robotId(id) });
        else if (triggers.has(id)) commands.push({ type: 'trigger.delete', id: triggerId(id) });
      }
      if (commands.length === 0) return;
      run(commands.length === 1 ? commands[0]! : { type: 'batch', commands });
    },

    /**
     * Cards let go after a drag, as one undo step, at the place the board showed (see slots.ts):
     * robots into the slot under the pointer (several keep their order, one after the other),
     * triggers into the trigger row. Outside every lane (no target) they go back. A robot that left
     * its status's chains is named in a message, since its links went with the move.
     */
    dropOnBoard(cards: readonly DraggedCard[], target: DropTarget | undefined): void {
      if (!target) return;
      const flow = state().flow;
      const commands: Command[] = [];
      const unlinked: string[] = [];
      let from: string | undefined;
      const robots = flow.robots.filter((r) => cards.some((c) => c.kind === 'robot' && c.id === r.id));
      let slot: RobotSlot | null = target.kind === 'robot' ? target.slot : { kind: 'parallel', before: null };
      for (const robot of robots) {
        if (robots.length === 1 && isSamePlace(flow, robot, target.statusId, slot)) break;
        if (robot.status !== target.statusId) {
          from = robot.status;
          if (hasChainLinks(flow, robot)) unlinked.push(shortName(robot));
        }
        commands.push({ type: 'robot.place', id: robot.id, toStatus: statusId(target.statusId), slot });
        slot = { kind: 'after', previous: robot.id };
      }
      for (const card of cards) {
        if (card.kind !== 'trigger') continue;
        const before = target.kind === 'trigger' ? target.before : null;
        if (before === card.id) continue;
        commands.push({
          type: 'trigger.place',
          id: triggerId(card.id),
          toStatus: statusId(target.statusId),
          before,
        });
      }
      if (commands.length === 0) return;
      const result = run(commands.length === 1 ? commands[0]! : { type: 'batch', commands });
      if (result.ok && from && unlinked.length > 0)
        state().notify(movedSentence(unlinked, statusLabel(flow, target.statusId), statusLabel(flow, from)));
    },
  };
}

export type CanvasEditing = ReturnType<typeof createCanvasEditing>;
