import { describe, expect, it } from 'vitest';
import { documentGraph } from '../../../src/canvas/mapping';
import { applyCommand } from '../../../src/domain/commands';
import type { Command } from '../../../src/domain/commands';
import type { Flow } from '../../../src/domain/flow';
import { generateFlow } from '../../fixtures/generators';

/*
 * React Flow skips a node whose object is unchanged and re-adopts (and may re-render) a new one. At
 * thousands of robots, an edit must hand it new objects only for what the edit changed.
 */
const edit = (flow: Flow, command: Command): Flow => {
  const result = applyCommand(flow, command);
  if (!result.ok) throw new Error(result.reason);
  return result.flow;
};

describe('the canvas graph across edits', () => {
  const flow = generateFlow(11, { statuses: 4, robotsPerStatus: 60, triggers: 12 });
  const before = documentGraph(flow);

  it('renaming a robot gives a new node for that card only', () => {
    const target = flow.robots[5]!;
    const after = documentGraph(
      edit(flow, { type: 'robot.update', id: target.id, changes: { name: 'Renamed' } }),
    );
    const changed = after.nodes.filter((node, i) => node !== before.nodes[i]).map((n) => n.id);
    expect(changed).toEqual([target.id]);
    expect(after.nodes.find((n) => n.id === target.id)!.ariaLabel).toMatch(/^Renamed — /);
    // Edges to and from other robots are the same objects too.
    const changedEdges = after.edges.filter((e, i) => e !== before.edges[i]);
    expect(changedEdges.every((e) => e.source === target.id || e.target === target.id)).toBe(true);
  });

  it('cards carry their size and handle bounds, so none has to be rendered just to be measured', () => {
    for (const node of before.nodes) {
      expect(node.measured).toEqual({ width: node.width, height: node.height });
      expect(node.handles).toBeDefined();
    }
  });
});
