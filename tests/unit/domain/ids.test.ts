import { describe, expect, it } from 'vitest';
import { copySelection, pasteCommand } from '../../../src/domain/clipboard';
import { applyCommand } from '../../../src/domain/commands';
import { createRobot, createTrigger } from '../../../src/domain/factory';
import { flowSchema } from '../../../src/domain/flow';
import type { Flow } from '../../../src/domain/flow';
import { documentIds, mintId, statusId } from '../../../src/domain/ids';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { newStatusId } from '../../../src/panels/statuses';

/* Statuses, robots and triggers share one id namespace, and every new id is minted the same way. */

/** A design whose status was named like a robot type, so its id is the one a new robot would take. */
function designWithStatus(id: string): Flow {
  return flowSchema.parse({
    format: 'orderflow.flow',
    version: 1,
    id: 'shop',
    name: 'Shop',
    statuses: [
      { id, name: 'Task create', semantics: 'process', color: '#2f80ed' },
      { id: 'D', name: 'Canceled', semantics: 'failure', color: '#eb5757' },
    ],
  });
}

describe('one id namespace for a design', () => {
  it('a new robot never takes a status id, so adding it is never refused as a duplicate', () => {
    const flow = designWithStatus('task-create-1');
    const robot = createRobot(flow, 'task.create', statusId('D'));
    expect(robot.id).toBe('task-create-2');
    expect(applyCommand(flow, { type: 'robot.add', robot }).ok).toBe(true);
  });

  it('a new trigger never takes a status id either', () => {
    const flow = designWithStatus('webhook-1');
    const trigger = createTrigger(flow, 'webhook', statusId('D'));
    expect(trigger.id).toBe('webhook-2');
    expect(applyCommand(flow, { type: 'trigger.add', trigger }).ok).toBe(true);
  });

  it('a new status never takes a robot or trigger id', () => {
    const withRobot = applyCommand(designWithStatus('A'), {
      type: 'robot.add',
      robot: createRobot(designWithStatus('A'), 'task.create', statusId('D')),
    });
    expect(withRobot.ok).toBe(true);
    if (withRobot.ok) expect(newStatusId(withRobot.flow, 'Task create')).toBe('task-create-2');
  });

  it('pasted copies get fresh ids, distinct from each other and from everything in the design', () => {
    const selection = DEFAULT_FLOW.robots.slice(0, 3).map((r) => r.id);
    const doc = copySelection(DEFAULT_FLOW, selection)!;
    const pasted = pasteCommand(DEFAULT_FLOW, doc);
    expect(pasted.ok).toBe(true);
    if (!pasted.ok) return;
    const result = applyCommand(DEFAULT_FLOW, pasted.command);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const before = documentIds(DEFAULT_FLOW);
    const added = [...documentIds(result.flow)].filter((id) => !before.has(id));
    expect(added).toHaveLength(3);
    for (const id of added) expect(id).toMatch(/^[a-z0-9-]+-\d+$/);
  });

  it('keeps ids readable in exported JSON and leaves the ids of older documents as they are', () => {
    expect(mintId(DEFAULT_FLOW, 'Awaiting pickup!')).toBe('Awaiting-pickup-1');
    expect(mintId(DEFAULT_FLOW, '')).toBe('node-1');
    // The default design's hand-written ids (`p_task`, `N`) load unchanged; minting only adds.
    expect(flowSchema.parse(JSON.parse(JSON.stringify(DEFAULT_FLOW))).robots.map((r) => r.id)).toEqual(
      DEFAULT_FLOW.robots.map((r) => r.id),
    );
  });
});
