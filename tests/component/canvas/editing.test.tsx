import { describe, expect, it } from 'vitest';
import { createCanvasEditing } from '../../../src/canvas/editing';
import { dropTargetAt } from '../../../src/canvas/slots';
import type { Flow } from '../../../src/domain/flow';
import { documentGraph } from '../../../src/canvas/mapping';
import { SIZES } from '../../../src/canvas';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createDesignerStore } from '../../../src/store';

// The canvas's gestures as commands, without pointer events (real drags: tests/e2e/designer.spec.ts).

function setup() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const layout = documentGraph(store.getState().flow).layout;
  /** The middle of a card on the board, in flow coordinates. */
  const onCard = (id: string) => {
    for (const lane of layout.lanes.values()) {
      const at = lane.positions.get(id);
      if (at) return { x: lane.x + at.x + SIZES.cardWidth / 2, y: at.y + SIZES.cardHeight / 2 };
    }
    throw new Error(`no card ${id}`);
  };
  /** Far down a lane, under its last card: free space. */
  const freeSpaceOf = (statusId: string) => {
    const lane = layout.lanes.get(statusId)!;
    return { x: lane.x + lane.width / 2, y: lane.addTop + SIZES.addButton + 4 };
  };
  const target = (point: { x: number; y: number }, kind: 'robot' | 'trigger' = 'robot') =>
    dropTargetAt(store.getState().flow, layout, point, kind);
  return { store, layout, onCard, freeSpaceOf, target, editing: createCanvasEditing(store) };
}

const robotOf = (flow: Flow, id: string) => flow.robots.find((r) => r.id === id)!;

describe('dropping cards on the board', () => {
  it('moves a robot dropped onto a card of another lane to run after it, as one undo step, and says its links went', () => {
    const { store, editing, onCard, target } = setup();
    editing.dropOnBoard([{ id: 'n_code', kind: 'robot' }], target(onCard('p_allow_delivery')));
    const flow = store.getState().flow;
    expect(robotOf(flow, 'n_code')).toMatchObject({ status: 'P', after: 'p_allow_delivery' });
    // The SMS that ran after it stays in its lane, now in parallel (its chain healed to nothing).
    expect(robotOf(flow, 'n_sms').after).toBeNull();
    expect(store.getState().toasts.at(-1)!.message).toMatch(
      /“Generate order number” moved to “Paid, preparing for shipment”.*links in “Accepted, awaiting payment” were removed/,
    );
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toEqual(DEFAULT_FLOW);
  });

  it('reorders a chain: a card dropped onto another card of its lane runs right after it', () => {
    const { store, editing, onCard, target } = setup();
    editing.dropOnBoard([{ id: 'n_cancel', kind: 'robot' }], target(onCard('n_code')));
    const flow = store.getState().flow;
    expect(robotOf(flow, 'n_cancel').after).toBe('n_code');
    // The card that followed now follows the dropped one: the rest keeps its order.
    expect(robotOf(flow, 'n_sms').after).toBe('n_cancel');
    expect(store.getState().past).toHaveLength(1);
  });

  it('makes a card dropped in the free space of its lane a parallel group, last', () => {
    const { store, editing, freeSpaceOf, target } = setup();
    editing.dropOnBoard([{ id: 'n_sms', kind: 'robot' }], target(freeSpaceOf('N')));
    const flow = store.getState().flow;
    expect(robotOf(flow, 'n_sms').after).toBeNull();
    const lane = flow.robots.filter((r) => r.status === 'N');
    expect(lane.at(-1)!.id).toBe('n_sms');
  });

  it('changes nothing when a card is dropped back on its own place', () => {
    const { store, editing, onCard, target } = setup();
    editing.dropOnBoard([{ id: 'n_sms', kind: 'robot' }], target(onCard('n_code')));
    expect(store.getState().flow).toBe(DEFAULT_FLOW);
    expect(store.getState().past).toHaveLength(0);
  });

  it('moves a trigger dropped on another lane into its trigger row', () => {
    const { store, editing, onCard, target } = setup();
    editing.dropOnBoard([{ id: 't_payment', kind: 'trigger' }], target(onCard('s_sms_tracking'), 'trigger'));
    expect(store.getState().flow.triggers.find((t) => t.id === 't_payment')!.status).toBe('S');
  });

  it('puts a card dropped outside every lane back', () => {
    const { store, editing, target } = setup();
    expect(target({ x: -500, y: 10 })).toBeUndefined();
    editing.dropOnBoard([{ id: 'n_code', kind: 'robot' }], target({ x: -500, y: 10 }));
    expect(store.getState().flow).toBe(DEFAULT_FLOW);
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
