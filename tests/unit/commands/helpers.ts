import { applyPatches } from 'immer';
import { expect } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import type { Command, CommandReport } from '../../../src/domain/commands';
import { flowSchema } from '../../../src/domain/flow';
import type { Flow } from '../../../src/domain/flow';

/**
 * A small flow with every shape the commands care about: lane A holds a chain a1 → a2 → a3 with a
 * fan-out a1 → a4, lane B one robot and a trigger, lane C nothing.
 */
export function sampleFlow(): Flow {
  return flowSchema.parse({
    format: 'orderflow.flow',
    version: 1,
    id: 'sample',
    name: 'Sample',
    statuses: [
      { id: 'A', name: 'Accepted', semantics: 'process', color: '#2f80ed' },
      { id: 'B', name: 'Paid', semantics: 'process', color: '#27ae60' },
      { id: 'C', name: 'Canceled', semantics: 'failure', color: '#eb5757' },
    ],
    robots: [
      {
        id: 'a1',
        type: 'log.write',
        status: 'A',
        after: null,
        delay: { type: 'immediate' },
        settings: { text: '1' },
      },
      {
        id: 'a2',
        type: 'log.write',
        status: 'A',
        after: 'a1',
        delay: { type: 'immediate' },
        settings: { text: '2' },
      },
      {
        id: 'a3',
        type: 'log.write',
        status: 'A',
        after: 'a2',
        delay: { type: 'immediate' },
        settings: { text: '3' },
      },
      {
        id: 'a4',
        type: 'log.write',
        status: 'A',
        after: 'a1',
        delay: { type: 'immediate' },
        settings: { text: '4' },
      },
      { id: 'b1', type: 'order.pay', status: 'B', after: null, delay: { type: 'immediate' }, settings: {} },
    ],
    triggers: [{ id: 'tPay', type: 'payment.received', status: 'B', allowBackward: false, settings: {} }],
    layout: { positions: { a2: { x: 10, y: 20 }, tPay: { x: 0, y: 0 } } },
  });
}

/**
 * The execute / undo / redo block every command gets (ARCHITECTURE habit 9): the command succeeds,
 * `check` sees its effect, the inverse patches restore the original exactly and the patches redo it.
 */
export function doUndoRedo(
  flow: Flow,
  command: Command,
  check: (next: Flow, report: CommandReport) => void,
): Flow {
  const result = applyCommand(flow, command);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  check(result.flow, result.report);
  expect(result.patches.length).toBeGreaterThan(0);
  const undone = applyPatches(result.flow, result.inversePatches);
  expect(undone).toEqual(flow);
  const redone = applyPatches(undone, result.patches);
  expect(redone).toEqual(result.flow);
  return result.flow;
}

/** Asserts a refusal with the given code, and returns its sentence for wording checks. */
export function refused(flow: Flow, command: Command, code: string): string {
  const result = applyCommand(flow, command);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.code).toBe(code);
  expect(result.reason.length).toBeGreaterThan(10);
  return result.reason;
}

export const robotIds = (flow: Flow) => flow.robots.map((r) => r.id);
export const robot = (flow: Flow, id: string) => flow.robots.find((r) => r.id === id)!;
