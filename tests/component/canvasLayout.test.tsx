import { describe, expect, it } from 'vitest';
import { boardOrder, conditionLabel, delayLabel, flowToGraph, layoutFlow, SIZES } from '../../src/canvas';
import { initialViewport, LEGIBLE_ZOOM } from '../../src/canvas/viewport';
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

describe('boardOrder', () => {
  it('lists each group with its chain, the first follower right under its card and branches after', () => {
    // a1 → a2 → a3, a1 → a4 (fan-out), b parallel
    const { rows } = boardOrder([
      robot('a1', null),
      robot('a2', 'a1'),
      robot('a3', 'a2'),
      robot('a4', 'a1'),
      robot('b', null),
    ]);
    expect(rows.map((r) => `${r.robot.id}:${r.opens}`)).toEqual([
      'a1:start',
      'a2:then',
      'a3:then',
      'a4:branch',
      'b:start',
    ]);
  });

  it('still lists robots caught in a cycle or linked to a missing robot', () => {
    const { rows } = boardOrder([robot('p', 'q'), robot('q', 'p'), robot('x', 'gone')]);
    expect(rows.map((r) => r.robot.id).sort()).toEqual(['p', 'q', 'x']);
    expect(rows.find((r) => r.robot.id === 'x')!.opens).toBe('start');
  });
});

describe('layoutFlow and flowToGraph', () => {
  it('lays statuses out as narrow columns side by side in pipeline order, one card wide', () => {
    const layout = layoutFlow(sampleFlow());
    const [a, b, c] = ['A', 'B', 'C'].map((id) => layout.lanes.get(id)!);
    expect(a!.x).toBe(0);
    expect(b!.x).toBe(a!.x + SIZES.laneWidth + SIZES.laneGap);
    expect(c!.x).toBe(b!.x + SIZES.laneWidth + SIZES.laneGap);
    // Every card of a lane at the same x: stacked, never side by side.
    expect(new Set([...a!.positions.values()].map((p) => p.x))).toEqual(new Set([SIZES.cardX]));
  });

  it('stacks a chain top to bottom and puts a marker over each group and branch', () => {
    const lane = layoutFlow(sampleFlow()).lanes.get('A')!;
    const y = (id: string) => lane.positions.get(id)!.y;
    expect(y('a2')).toBe(y('a1') + SIZES.cardHeight + SIZES.thenGap);
    expect(y('a3')).toBe(y('a2') + SIZES.cardHeight + SIZES.thenGap);
    expect(y('a4')).toBeGreaterThan(y('a3') + SIZES.cardHeight);
    expect(lane.markers.map((m) => `${m.kind}:${m.first}`)).toEqual(['start:a1', 'branch:a4']);
    // The trigger row comes first, under the header.
    const b = layoutFlow(sampleFlow()).lanes.get('B')!;
    expect(b.positions.get('tPay')!.y).toBe(SIZES.headerHeight + SIZES.caption);
    expect(b.positions.get('b1')!.y).toBeGreaterThan(b.positions.get('tPay')!.y + SIZES.triggerHeight);
  });

  it('makes every lane as tall as the tallest content, not a fixed minimum', () => {
    const layout = layoutFlow(sampleFlow());
    const tallest = Math.max(...[...layout.lanes.values()].map((l) => l.contentHeight));
    expect(layout.height).toBe(tallest);
    expect(layout.height).toBeLessThan(880);
  });

  it('covers a lane with drop bands from the first group down, in order', () => {
    const lane = layoutFlow(sampleFlow()).lanes.get('A')!;
    lane.slots.slice(1).forEach((band, i) => expect(band.top).toBe(lane.slots[i]!.bottom));
    expect(lane.slots.at(-1)!.slot).toEqual({ kind: 'parallel', before: null });
    expect(lane.slots.map((b) => b.slot.kind)).toContain('head');
  });

  it('keeps cards in their slots: a position saved in the document is not used', () => {
    const graph = flowToGraph(sampleFlow());
    expect(graph.nodes.find((n) => n.id === 'a2')!.position).not.toEqual({ x: 10, y: 20 });
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
    // A half-filled row says what it lacks, never "is undefined".
    expect(conditionLabel({ field: '', op: 'eq' })).toBe('a condition that needs a field');
    expect(conditionLabel({ field: 'order.price', op: 'gt' })).toBe('Order amount > … (needs a value)');
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
  it('shows a board that fits whole, never above 100 %, from the top-left', () => {
    const small = initialViewport({ x: 0, y: 0, width: 800, height: 600 }, { width: 1400, height: 800 });
    expect(small).toEqual({ x: 12, y: 12, zoom: 1 });
    const snug = initialViewport({ x: 0, y: 0, width: 1168, height: 700 }, { width: 1100, height: 800 });
    expect(snug.zoom).toBeCloseTo(1076 / 1168);
  });

  it('shows a wide or tall board from its first status at the smallest legible zoom', () => {
    const wide = initialViewport({ x: 0, y: 0, width: 4000, height: 800 }, { width: 1400, height: 900 });
    expect(wide).toEqual({ x: 12, y: 12, zoom: LEGIBLE_ZOOM });
    // Names are 13.5 px or more: at that zoom still 11 px on screen.
    expect(13.5 * LEGIBLE_ZOOM).toBeGreaterThanOrEqual(11);
  });
});
