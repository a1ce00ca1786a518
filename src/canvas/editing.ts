import type { Command } from '../domain/commands';
import type { Flow } from '../domain/flow';
import { robotId, statusId, triggerId } from '../domain/ids';
import { canConnect } from '../domain/rules';
import type { DesignerStore } from '../store';
import { SIZES } from './layout';
import type { Point } from './layout';
import { shortName, statusOfLaneNode } from './mapping';
import { hasChainLinks, movedSentence } from '../domain/moveCards';

/** A lane's box in flow coordinates, read from the lane nodes of the graph. */
export interface LaneRect {
  statusId: string;
  x: number;
  width: number;
  height: number;
}

/** A card where the user let go of it: its position relative to the lane it was dragged from. */
export interface DroppedCard {
  id: string;
  kind: 'robot' | 'trigger';
  laneStatusId: string;
  position: Point;
}

/** A connection as React Flow reports it (its Connection or an Edge). */
type ConnectionLike = { source: string; target: string };

const cardHeight = (kind: DroppedCard['kind']) => (kind === 'robot' ? SIZES.cardHeight : SIZES.triggerHeight);

/**
 * The lane under a point. Each lane reaches half the gap to its neighbours, so a card let go between
 * two lanes still lands somewhere sensible; outside every lane there is no answer (the card snaps back).
 */
export function laneAt(lanes: readonly LaneRect[], point: Point): LaneRect | undefined {
  const half = SIZES.laneGap / 2;
  return lanes.find(
    (l) => point.x >= l.x - half && point.x < l.x + l.width + half && point.y >= 0 && point.y <= l.height,
  );
}

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
      const answer = canConnect(state().flow, robotId(from), robotId(to));
      return answer.ok ? null : answer.reason;
    },

    isValidConnection(connection: ConnectionLike): boolean {
      return canConnect(state().flow, robotId(connection.source), robotId(connection.target)).ok;
    },

    /** A drawn edge: the target runs after the source. */
    onConnect(connection: ConnectionLike): boolean {
      return run({ type: 'edge.connect', from: robotId(connection.source), to: robotId(connection.target) })
        .ok;
    },

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
     * Cards let go after a drag, as one undo step: within their lane they stay where they were put;
     * on another lane a robot or trigger moves to that status (a robot leaves its chain, and the user
     * is told); outside every lane they go back.
     */
    dropCards(cards: readonly DroppedCard[], lanes: readonly LaneRect[]): void {
      const flow = state().flow;
      const commands: Command[] = [];
      const unlinked: string[] = [];
      let movedTo: string | undefined;
      for (const card of cards) {
        const from = lanes.find((l) => l.statusId === card.laneStatusId);
        if (!from) continue;
        const center = {
          x: from.x + card.position.x + SIZES.cardWidth / 2,
          y: card.position.y + cardHeight(card.kind) / 2,
        };
        const target = laneAt(lanes, center);
        if (!target) continue;
        if (target.statusId === card.laneStatusId) {
          commands.push({
            type: 'layout.setPosition',
            id: card.id,
            position: clampIntoLane(card.position, target, card.kind),
          });
        } else if (card.kind === 'robot') {
          const robot = flow.robots.find((r) => r.id === card.id);
          if (!robot) continue;
          if (hasChainLinks(flow, robot)) unlinked.push(shortName(robot));
          movedTo = target.statusId;
          commands.push({ type: 'robot.move', id: robot.id, toStatus: statusId(target.statusId) });
        } else {
          movedTo = target.statusId;
          commands.push({
            type: 'trigger.move',
            id: triggerId(card.id),
            toStatus: statusId(target.statusId),
          });
        }
      }
      if (commands.length === 0) return;
      const result = run(commands.length === 1 ? commands[0]! : { type: 'batch', commands });
      if (result.ok && movedTo && unlinked.length > 0) {
        const from = statusLabel(flow, cards[0]!.laneStatusId);
        state().notify(movedSentence(unlinked, statusLabel(flow, movedTo), from));
      }
    },
  };
}

export type CanvasEditing = ReturnType<typeof createCanvasEditing>;

/** Keeps a card inside its lane, below the header, so it can never be lost off the lane's edge. */
export function clampIntoLane(position: Point, lane: LaneRect, kind: DroppedCard['kind']): Point {
  const clamp = (v: number, lo: number, hi: number) =>
    Math.round(Math.min(Math.max(v, lo), Math.max(lo, hi)));
  return {
    x: clamp(position.x, 0, lane.width - SIZES.cardWidth),
    y: clamp(position.y, SIZES.headerHeight, lane.height - cardHeight(kind)),
  };
}

/** Lane boxes from the graph's lane nodes. */
export function laneRects(
  nodes: readonly { id: string; position: Point; width?: number; height?: number }[],
): LaneRect[] {
  const rects: LaneRect[] = [];
  for (const node of nodes) {
    const status = statusOfLaneNode(node.id);
    if (status === undefined) continue;
    rects.push({ statusId: status, x: node.position.x, width: node.width ?? 0, height: node.height ?? 0 });
  }
  return rects;
}
