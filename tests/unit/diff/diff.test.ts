import { describe, expect, it } from 'vitest';
import { robotDefinition } from '../../../src/domain/catalog';
import { diffFlows, summarizeChanges } from '../../../src/domain/diff';
import { conditionSentence } from '../../../src/domain/phrases';
import type { Flow, Robot } from '../../../src/domain/flow';
import { robotId, statusId } from '../../../src/domain/ids';
import { DEFAULT_FLOW } from '../../../src/domain/samples';

const edit = (change: (flow: Flow) => void): Flow => {
  const flow = structuredClone(DEFAULT_FLOW);
  change(flow);
  return flow;
};
const robot = (flow: Flow, id: string) => flow.robots.find((r) => r.id === id)!;

describe('diffFlows', () => {
  it('finds nothing between a flow and itself, nor in canvas layout', () => {
    expect(diffFlows(DEFAULT_FLOW, structuredClone(DEFAULT_FLOW))).toEqual([]);
    const moved = edit((f) => (f.layout = { positions: { n_sms: { x: 1, y: 2 } } }));
    expect(diffFlows(DEFAULT_FLOW, moved)).toEqual([]);
    expect(summarizeChanges([])).toBe('No changes');
  });

  it('lists robots added and removed', () => {
    const after = edit((f) => {
      f.robots = f.robots.filter((r) => r.id !== 's_robocall');
      f.robots.push({ ...robot(f, 'n_sms'), id: robotId('n_sms_2'), name: 'Second SMS' } as Robot);
    });
    const changes = diffFlows(DEFAULT_FLOW, after);
    expect(changes.map((c) => [c.kind, c.target, c.id])).toEqual([
      ['added', 'robot', 'n_sms_2'],
      ['removed', 'robot', 's_robocall'],
    ]);
    expect(changes[0]!.text).toBe('Robot “Second SMS” added.');
    expect(changes[1]!.text).toBe('Robot “Delivery call” removed.');
    expect(summarizeChanges(changes)).toBe('1 added, 1 removed');
  });

  it('says which settings, delay and condition of a robot changed', () => {
    const after = edit((f) => {
      const r = robot(f, 'n_email_reminder');
      r.delay = { type: 'after', value: 2, unit: 'days' };
      r.settings = { ...r.settings, subject: 'Pay now' };
      r.condition = undefined;
      r.disabled = true;
    });
    const [c] = diffFlows(DEFAULT_FLOW, after);
    const subjectLabel = robotDefinition('email.send').fields.find((f) => f.key === 'subject')!.label;
    expect(c).toMatchObject({ kind: 'modified', target: 'robot', id: 'n_email_reminder' });
    expect(c!.details).toEqual([
      'when: after 3 days → after 2 days',
      'condition removed',
      `settings changed: ${subjectLabel}`,
      'turned off',
    ]);
    expect(c!.text).toBe(
      `Robot “Payment reminder” changed: when: after 3 days → after 2 days; condition removed; settings changed: ${subjectLabel}; turned off.`,
    );
  });

  it('reports a robot moved to another status, with its other changes', () => {
    const after = edit((f) => {
      const r = robot(f, 'p_task');
      r.status = statusId('S');
      r.after = null;
    });
    const [c] = diffFlows(DEFAULT_FLOW, after);
    expect(c!.kind).toBe('moved');
    expect(c!.details[0]).toBe('from “Paid, preparing for shipment” to “Shipped”');
    expect(c!.details[1]).toBe('runs after: “Order paid email” → nothing, on entering the status');
  });

  it('reports trigger conditions, names and statuses', () => {
    const after = edit((f) => {
      const t = f.triggers.find((x) => x.id === 't_payment')!;
      t.condition = {
        all: [
          { field: 'order.paid', op: 'eq', value: true },
          { field: 'order.price', op: 'gt', value: 0 },
        ],
      };
      t.name = 'Paid in full';
    });
    const [c] = diffFlows(DEFAULT_FLOW, after);
    expect(c).toMatchObject({
      kind: 'modified',
      target: 'trigger',
      id: 't_payment',
      label: '“Paid in full”',
    });
    expect(c!.details).toContain('condition: Paid → Paid and Order amount > 0');
  });

  it('reports statuses renamed, recoloured, reordered, and flow settings', () => {
    const after = edit((f) => {
      f.name = 'Shop 2';
      f.settings.timezone = 'Europe/Berlin';
      f.statuses[0]!.color = '#000000';
      const [n, p] = [f.statuses[0]!, f.statuses[1]!];
      f.statuses[0] = p;
      f.statuses[1] = n;
    });
    const changes = diffFlows(DEFAULT_FLOW, after);
    expect(changes[0]).toMatchObject({
      target: 'flow',
      details: [
        'name: “Online store — default” → “Shop 2”',
        'time zone: America/Los_Angeles → Europe/Berlin',
      ],
    });
    expect(changes.filter((c) => c.target === 'status').map((c) => [c.kind, c.id, c.details[0]])).toEqual([
      ['moved', 'P', 'position 2 → 1'],
      ['moved', 'N', 'position 1 → 2'],
    ]);
    expect(changes.find((c) => c.id === 'N')!.details).toContain('colour changed');
  });

  it('writes conditions in full on one line, with the fields’ labels', () => {
    expect(
      conditionSentence({
        not: {
          any: [
            { field: 'order.deliveryDate', op: 'empty' },
            {
              all: [
                { field: 'order.paid', op: 'eq', value: true },
                { field: 'order.price', op: 'gt', value: 100 },
              ],
            },
          ],
        },
      }),
    ).toBe('not (Delivery date is empty or (Paid and Order amount > 100))');
  });

  it('never shows an id or a field path, and speaks Russian', async () => {
    const { loadTranslator } = await import('../../../src/i18n/load');
    const russian = await loadTranslator('ru');
    const after = edit((f) => {
      const r = robot(f, 'n_email_reminder');
      r.delay = { type: 'after', value: 2, unit: 'days' };
      r.after = robotId('n_sms');
      r.status = statusId('P');
      f.triggers = f.triggers.filter((t) => t.id !== 't_payment');
    });
    const english = diffFlows(DEFAULT_FLOW, after);
    const ids = [...DEFAULT_FLOW.robots, ...DEFAULT_FLOW.triggers, ...DEFAULT_FLOW.statuses].map((x) => x.id);
    for (const c of english) {
      for (const id of ids) expect(c.text).not.toMatch(new RegExp(`[(\\s]${id}[)\\s.]`));
      expect(c.text).not.toMatch(/order\.|\$\./);
    }
    const [moved] = diffFlows(DEFAULT_FLOW, after, { t: russian });
    expect(moved!.text).toBe(
      'Робот «Payment reminder» перемещён: из «Accepted, awaiting payment» в «Paid, preparing for shipment»; ' +
        'запускается после: ничего, сразу при переходе в статус → «SMS with the order number»; когда: через 3 дня → через 2 дня.',
    );
  });
});
