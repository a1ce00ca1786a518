import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import {
  copySelection,
  deleteSelectionCommand,
  parseClipboard,
  pasteCommand,
  pasteText,
  serializeClipboard,
} from '../../../src/domain/clipboard';
import type { Flow } from '../../../src/domain/flow';
import { statusId, triggerId } from '../../../src/domain/ids';
import { robot, sampleFlow } from '../commands/helpers';

/** Copies `ids` from the sample flow and returns the clipboard text. */
const copyText = (flow: Flow, ids: string[]) => serializeClipboard(copySelection(flow, ids)!);

/** Pastes and applies; fails the test on any refusal. */
function paste(flow: Flow, text: string, target?: string) {
  const result = pasteText(flow, text, { targetStatus: target ? statusId(target) : undefined });
  if (!result.ok) throw new Error(result.error);
  const applied = applyCommand(flow, result.command);
  if (!applied.ok) throw new Error(applied.reason);
  return { flow: applied.flow, ids: result.ids, command: result.command };
}

describe('clipboard: copy', () => {
  it('serializes the selected robots and triggers in document order as a versioned document', () => {
    const flow = sampleFlow();
    const doc = JSON.parse(copyText(flow, ['tPay', 'a2', 'a1']));
    expect(doc.format).toBe('orderflow.clipboard');
    expect(doc.version).toBe(1);
    expect(doc.robots.map((r: { id: string }) => r.id)).toEqual(['a1', 'a2']);
    expect(doc.triggers.map((t: { id: string }) => t.id)).toEqual(['tPay']);
    expect(doc.robots[1].after).toBe('a1');
  });

  it('gives nothing to copy when no robot or trigger is selected (a status alone does not count)', () => {
    expect(copySelection(sampleFlow(), [])).toBeNull();
    expect(copySelection(sampleFlow(), ['A'])).toBeNull();
  });
});

describe('clipboard: paste', () => {
  it('adds copies with fresh readable ids and keeps the originals', () => {
    const flow = sampleFlow();
    const { flow: next, ids } = paste(flow, copyText(flow, ['a1', 'tPay']));
    expect(ids).toEqual(['log-write-1', 'payment-received-1']);
    expect(next.robots).toHaveLength(flow.robots.length + 1);
    expect(next.triggers).toHaveLength(2);
    expect(robot(next, 'log-write-1')).toMatchObject({
      type: 'log.write',
      status: 'A',
      settings: { text: '1' },
    });
    expect(robot(next, 'a1')).toEqual(robot(flow, 'a1'));
  });

  it('remaps after links inside the pasted set and drops links to robots outside it', () => {
    const flow = sampleFlow();
    // a2 → a3 are copied together (a3 keeps its link to the copy of a2); a2's previous a1 is not copied.
    const { flow: next, ids } = paste(flow, copyText(flow, ['a2', 'a3']));
    const [copyOfA2, copyOfA3] = ids.map((id) => robot(next, id));
    expect(copyOfA2!.after).toBeNull();
    expect(copyOfA3!.after).toBe(copyOfA2!.id);
  });

  it('targets the given lane, keeping chains inside it', () => {
    const flow = sampleFlow();
    const { flow: next, ids } = paste(flow, copyText(flow, ['a1', 'a2', 'tPay']), 'C');
    for (const id of ids) {
      const node = next.robots.find((r) => r.id === id) ?? next.triggers.find((t) => t.id === id);
      expect(node?.status).toBe('C');
    }
    expect(robot(next, ids[1]!).after).toBe(ids[0]);
  });

  it('returns each node to its own lane without a target, and to the first lane when that lane is gone', () => {
    const flow = sampleFlow();
    const text = copyText(flow, ['b1', 'a1']);
    expect(
      paste(flow, text)
        .flow.robots.slice(-2)
        .map((r) => r.status),
    ).toEqual(['A', 'B']);
    const withoutB = applyCommand(flow, { type: 'status.delete', id: statusId('B') });
    if (!withoutB.ok) throw new Error(withoutB.reason);
    expect(
      paste(withoutB.flow, text)
        .flow.robots.slice(-2)
        .map((r) => r.status),
    ).toEqual(['A', 'A']);
  });

  it('drops a hand-edited link that would cross lanes, since edges never cross statuses', () => {
    const flow = sampleFlow();
    const doc = JSON.parse(copyText(flow, ['a1', 'b1']));
    doc.robots[1].after = 'a1';
    const { flow: next, ids } = paste(flow, JSON.stringify(doc));
    expect(robot(next, ids[1]!)).toMatchObject({ status: 'B', after: null });
  });

  it('points {{robots.ID.KEY}} templates at the pasted copies', () => {
    const flow = sampleFlow();
    const withRef = applyCommand(flow, {
      type: 'robot.update',
      id: robot(flow, 'a2').id,
      changes: { settings: { text: 'code {{robots.a1.code}} and {{robots.b1.x}}' } },
    });
    if (!withRef.ok) throw new Error(withRef.reason);
    const { flow: next, ids } = paste(withRef.flow, copyText(withRef.flow, ['a1', 'a2']));
    expect(robot(next, ids[1]!).settings.text).toBe(`code {{robots.${ids[0]}.code}} and {{robots.b1.x}}`);
  });

  it('gives a pasted webhook its own code', () => {
    const flow = sampleFlow();
    const added = applyCommand(flow, {
      type: 'trigger.add',
      trigger: { ...flow.triggers[0]!, id: triggerId('hook'), type: 'webhook', settings: { code: 'abc' } },
    });
    if (!added.ok) throw new Error(added.reason);
    const { flow: next, ids } = paste(added.flow, copyText(added.flow, ['hook']));
    const code = next.triggers.find((t) => t.id === ids[0])!.settings.code;
    expect(typeof code).toBe('string');
    expect(code).not.toBe('abc');
  });

  it('pasting the same content twice gives distinct ids each time', () => {
    const flow = sampleFlow();
    const text = copyText(flow, ['a1']);
    const once = paste(flow, text);
    const twice = paste(once.flow, text);
    expect(twice.ids).toEqual(['log-write-2']);
  });

  it('adds a hand-edited cycle as parallel robots instead of failing', () => {
    const flow = sampleFlow();
    const doc = JSON.parse(copyText(flow, ['a1', 'a2']));
    doc.robots[0].after = 'a2';
    const { flow: next, ids } = paste(flow, JSON.stringify(doc));
    expect(ids.map((id) => robot(next, id).after)).toEqual([null, null]);
  });
});

describe('clipboard: invalid content', () => {
  const flow = sampleFlow();
  const cases: [string, string, RegExp][] = [
    ['plain text', 'hello', /does not hold Orderflow robots or triggers/],
    ['other JSON', '{"format":"orderflow.flow","version":1}', /does not hold Orderflow/],
    ['a newer version', '{"format":"orderflow.clipboard","version":2,"robots":[]}', /version 2/],
    ['an empty clipboard document', '{"format":"orderflow.clipboard","version":1}', /no robots or triggers/],
    [
      'a robot of an unknown type',
      JSON.stringify({
        format: 'orderflow.clipboard',
        version: 1,
        robots: [
          { id: 'x', type: 'nope', status: 'A', after: null, delay: { type: 'immediate' }, settings: {} },
        ],
      }),
      /Robot 1 on the clipboard is not valid \(type\)/,
    ],
    [
      'a trigger without settings',
      JSON.stringify({
        format: 'orderflow.clipboard',
        version: 1,
        triggers: [{ id: 't', type: 'payment.received', status: 'A' }],
      }),
      /Trigger 1 on the clipboard is not valid \(settings\)/,
    ],
  ];
  for (const [what, text, message] of cases) {
    it(`refuses ${what} with a sentence`, () => {
      const result = pasteText(flow, text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    });
  }

  it('parseClipboard reads what copy wrote', () => {
    const parsed = parseClipboard(copyText(flow, ['a1', 'tPay']));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(pasteCommand(flow, parsed.doc).ok).toBe(true);
  });
});

describe('clipboard: delete selection', () => {
  it('deletes the selected robots and triggers in one batch and ignores statuses', () => {
    const flow = sampleFlow();
    const command = deleteSelectionCommand(flow, ['a2', 'tPay', 'A']);
    expect(command).toMatchObject({ type: 'batch' });
    const result = applyCommand(flow, command!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.flow.robots.map((r) => r.id)).toEqual(['a1', 'a3', 'a4', 'b1']);
    expect(result.flow.triggers).toEqual([]);
    expect(result.flow.statuses).toHaveLength(3);
    expect(deleteSelectionCommand(flow, ['A'])).toBeNull();
  });
});
