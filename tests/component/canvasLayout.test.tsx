import { describe, expect, it } from 'vitest';
import { chainGrid, conditionLabel, delayLabel, flowToGraph, layoutFlow, SIZES } from '../../src/canvas';
import { initialViewport, READABLE_ZOOM } from '../../src/canvas/viewport';
import type { Robot } from '../../src/domain/flow';
import { robotId, statusId } from '../../src/domain/ids';
import { sampleFlow } from '../unit/commands/helpers';

// The canvas's pure parts: where cards go and what their chips say.

const robot = (id: string, after: string | null): Robot => ({
  id: robotId(id),
  type: 'log.write',
  status: statusId('A'),
  after: after === null ? null : robotId(after),
  delay: { type: 'immediate' },
  settings: {},
});

describe('chainGrid', () => {
  it('puts parallel chains side by side and followers below their previous robot', () => {
    // a1 → a2 → a3, a1 → a4 (fan-out), b parallel
    const { cells, columns, rows } = chainGrid([
      robot('a1', null),
      robot('a2', 'a1'),
      robot('a3', 'a2'),
      robot('a4', 'a1'),
      robot('b', null),
    ]);
    expect(Object.fromEntries(cells)).toEqual({
      a1: { col: 0, row: 0 },
      a2: { col: 0, row: 1 },
      a3: { col: 0, row: 2 },
      a4: { col: 1, row: 1 },
      b: { col: 2, row: 0 },
    });
    expect({ columns, rows }).toEqual({ columns: 3, rows: 3 });
  });

  it('still places robots caught in a cycle', () => {
    const { cells } = chainGrid([robot('p', 'q'), robot('q', 'p')]);
    expect(cells.size).toBe(2);
  });
});

describe('layoutFlow and flowToGraph', () => {
  it('lays statuses out as columns in pipeline order, each as wide as its chains', () => {
    const layout = layoutFlow(sampleFlow());
    const [a, b, c] = ['A', 'B', 'C'].map((id) => layout.lanes.get(id)!);
    expect(a!.x).toBe(0);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width);
    expect(c!.x).toBeGreaterThan(b!.x + b!.width);
    expect(a!.columns).toBe(2); // a1's chain and the fan-out to a4
    expect(b!.columns).toBe(1);
  });

  it('keeps a position the user saved', () => {
    const graph = flowToGraph(sampleFlow());
    expect(graph.nodes.find((n) => n.id === 'a2')!.position).toEqual({ x: 10, y: 20 });
    expect(graph.nodes.find((n) => n.id === 'a3')!.position.y).toBeGreaterThan(SIZES.headerHeight);
  });

  it('names lanes, cards and edges for assistive technology', () => {
    const { nodes, edges } = flowToGraph(sampleFlow(), ['a1']);
    expect(nodes.find((n) => n.id === 'lane:A')).toMatchObject({
      ariaRole: 'region',
      ariaLabel: 'Accepted',
    });
    // A node's name starts with the user's name for it, else its title; then what matters at a glance.
    expect(nodes.find((n) => n.id === 'a1')).toMatchObject({
      ariaLabel: 'Write to log, immediately',
      selected: true,
    });
    expect(nodes.find((n) => n.id === 'tPay')).toMatchObject({ ariaLabel: 'Payment — Trigger' });
    expect(edges.map((e) => `${e.source}→${e.target}`)).toEqual(['a1→a2', 'a2→a3', 'a1→a4']);
  });
});

describe('chip texts', () => {
  it('says when a robot runs', () => {
    expect(delayLabel({ type: 'immediate' })).toBe('immediately');
    expect(delayLabel({ type: 'after', value: 3, unit: 'days' })).toBe('after 3 days');
    expect(delayLabel({ type: 'after', value: 1, unit: 'days', workTime: true })).toBe(
      'after 1 day · working hours',
    );
    expect(delayLabel({ type: 'before', value: 2, unit: 'hours', basis: 'order.deliveryDate' })).toMatch(
      /^2 hours before /,
    );
    expect(delayLabel({ type: 'at', basis: 'order.paymentDueDate', time: '09:00' })).toMatch(
      /^at .+, 09:00$/,
    );
  });

  it('reads conditions as a short phrase', () => {
    expect(conditionLabel({ field: 'order.paid', op: 'eq', value: false })).toBe('not Paid');
    expect(conditionLabel({ field: 'order.price', op: 'gt', value: 100 })).toBe('Order amount > 100');
    expect(conditionLabel({ all: [{ field: 'order.paid', op: 'empty' }] })).toBe('Paid is empty');
    expect(
      conditionLabel({
        any: [
          { field: 'order.paid', op: 'empty' },
          { field: 'order.shipped', op: 'empty' },
        ],
      }),
    ).toBe('any of 2 conditions');
  });
});

describe('initialViewport', () => {
  it('shows a small board whole and a wide one from its first status at a readable zoom', () => {
    const small = initialViewport({ x: 0, y: 0, width: 800, height: 600 }, { width: 1400, height: 800 });
    expect(small.zoom).toBe(1);
    const wide = initialViewport({ x: 0, y: 0, width: 4000, height: 800 }, { width: 1400, height: 900 });
    expect(wide).toEqual({ x: 24, y: 24, zoom: READABLE_ZOOM });
  });
});
