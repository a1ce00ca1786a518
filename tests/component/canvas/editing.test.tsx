import { describe, expect, it } from 'vitest';
import { createCanvasEditing, laneAt, laneRects } from '../../../src/canvas/editing';
import { documentGraph } from '../../../src/canvas/mapping';
import { SIZES } from '../../../src/canvas';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createDesignerStore } from '../../../src/store';

// The canvas's gestures as commands, without pointer events (real drags: tests/e2e/designer.spec.ts).

function setup() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const lanes = laneRects(documentGraph(store.getState().flow).nodes);
  const lane = (id: string) => lanes.find((l) => l.statusId === id)!;
  return { store, lanes, lane, editing: createCanvasEditing(store) };
}

/** A card position, relative to lane `from`, whose centre lies inside lane `to`. */
const into = (from: { x: number }, to: { x: number; width: number }) => ({
  x: to.x - from.x + to.width / 2 - SIZES.cardWidth / 2,
  y: 300,
});

describe('dropping cards', () => {
  it('moves a robot dropped on another lane, as one undo step, and says its links went', () => {
    const { store, lanes, lane, editing } = setup();
    editing.dropCards(
      [{ id: 'n_code', kind: 'robot', laneStatusId: 'N', position: into(lane('N'), lane('P')) }],
      lanes,
    );
    const flow = store.getState().flow;
    expect(flow.robots.find((r) => r.id === 'n_code')).toMatchObject({ status: 'P', after: null });
    // The SMS that ran after it stays in its lane, now in parallel (its chain healed to nothing).
    expect(flow.robots.find((r) => r.id === 'n_sms')!.after).toBeNull();
    expect(store.getState().toasts.at(-1)!.message).toMatch(
      /“Generate order number” moved to “Paid, preparing for shipment”.*links in “Accepted, awaiting payment” were removed/,
    );
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toEqual(DEFAULT_FLOW);
  });

  it('moves a trigger dropped on another lane', () => {
    const { store, lanes, lane, editing } = setup();
    editing.dropCards(
      [{ id: 't_payment', kind: 'trigger', laneStatusId: 'P', position: into(lane('P'), lane('S')) }],
      lanes,
    );
    expect(store.getState().flow.triggers.find((t) => t.id === 't_payment')!.status).toBe('S');
  });

  it('keeps a card dropped in its own lane where it was put, inside the lane', () => {
    const { store, lanes, editing } = setup();
    editing.dropCards(
      [
        { id: 'n_email_new', kind: 'robot', laneStatusId: 'N', position: { x: 40.4, y: 500.2 } },
        { id: 'n_cancel', kind: 'robot', laneStatusId: 'N', position: { x: 20, y: -30 } },
      ],
      lanes,
    );
    expect(store.getState().flow.layout?.positions).toMatchObject({
      n_email_new: { x: 40, y: 500 },
      // Above the lane's top it is clamped under the header, never lost.
      n_cancel: { x: 20, y: SIZES.headerHeight },
    });
    expect(store.getState().past).toHaveLength(1);
  });

  it('puts a card dropped outside every lane back', () => {
    const { store, lanes, editing } = setup();
    editing.dropCards(
      [{ id: 'n_code', kind: 'robot', laneStatusId: 'N', position: { x: 100, y: 5000 } }],
      lanes,
    );
    expect(store.getState().flow).toBe(DEFAULT_FLOW);
    expect(laneAt(lanes, { x: -500, y: 10 })).toBeUndefined();
  });
});

describe('connecting and deleting', () => {
  it('connects robots of one status; refuses others with the rule sentence', () => {
    const { store, editing } = setup();
    expect(editing.isValidConnection({ source: 'n_email_new', target: 'n_email_reminder' })).toBe(true);
    expect(editing.isValidConnection({ source: 'n_email_new', target: 'p_allow_delivery' })).toBe(false);
    expect(editing.refusal('n_email_new', 'p_allow_delivery')).toBe(
      'Robots can only run after a robot of the same status.',
    );
    expect(editing.onConnect({ source: 'n_email_new', target: 'n_email_reminder' })).toBe(true);
    expect(store.getState().flow.robots.find((r) => r.id === 'n_email_reminder')!.after).toBe('n_email_new');
    editing.onConnectRefused('n_sms', 'n_code');
    expect(store.getState().toasts.at(-1)).toMatchObject({
      tone: 'error',
      message: /Cannot connect: .*loop/,
    });
  });

  it('deletes selected edges before cards, in one undo step', () => {
    const { store, editing } = setup();
    // Cut n_code → n_sms and delete n_code: the SMS must not be re-linked to n_code's previous.
    editing.deleteSelection(['n_code'], ['n_sms']);
    const flow = store.getState().flow;
    expect(flow.robots.some((r) => r.id === 'n_code')).toBe(false);
    expect(flow.robots.find((r) => r.id === 'n_sms')!.after).toBeNull();
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toEqual(DEFAULT_FLOW);
  });
});
