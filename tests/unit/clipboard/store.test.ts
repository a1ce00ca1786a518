import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../../src/store';
import { createClipboardActions, createMemoryClipboard, selectedLane } from '../../../src/store/clipboard';
import { sampleFlow } from '../commands/helpers';

function setup(selection: string[]) {
  const store = createDesignerStore(sampleFlow());
  store.getState().select(selection);
  const clipboard = createMemoryClipboard();
  return { store, clipboard, actions: createClipboardActions(store, clipboard) };
}

describe('clipboard actions over the store', () => {
  it('copy then paste into the selected lane is one undo step, and selects the copies', async () => {
    const { store, actions } = setup(['a1', 'a2']);
    const original = store.getState().flow;
    expect(await actions.copy()).toEqual({ ok: true, ids: ['a1', 'a2'] });
    store.getState().select(['b1']);
    const pasted = await actions.paste();
    expect(pasted.ok).toBe(true);
    const flow = store.getState().flow;
    expect(flow.robots.slice(-2).map((r) => [r.status, r.after])).toEqual([
      ['B', null],
      ['B', 'log-write-1'],
    ]);
    expect(store.getState().selection).toEqual(['log-write-1', 'log-write-2']);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toEqual(original);
  });

  it('cut copies and removes the selection in one undo step', async () => {
    const { store, clipboard, actions } = setup(['tPay']);
    await actions.cut();
    expect(store.getState().flow.triggers).toEqual([]);
    expect(store.getState().selection).toEqual([]);
    expect(JSON.parse(await clipboard.readText()).triggers[0].id).toBe('tPay');
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow.triggers.map((t) => t.id)).toEqual(['tPay']);
  });

  it('duplicate copies in place and leaves the clipboard alone', async () => {
    const { store, clipboard, actions } = setup(['b1']);
    await clipboard.writeText('kept');
    expect(actions.duplicate()).toEqual({ ok: true, ids: ['order-pay-1'] });
    expect(store.getState().flow.robots.at(-1)).toMatchObject({ id: 'order-pay-1', status: 'B' });
    expect(await clipboard.readText()).toBe('kept');
  });

  it('invalid clipboard content gives a message and never touches the design or history', async () => {
    const { store, clipboard, actions } = setup(['a1']);
    const before = store.getState().flow;
    await clipboard.writeText('not json at all');
    const outcome = await actions.paste();
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/does not hold Orderflow/) });
    expect(store.getState().flow).toBe(before);
    expect(store.getState().past).toEqual([]);
  });

  it('copy, cut and duplicate with nothing selected tell the user to select first', async () => {
    const { actions } = setup([]);
    expect(await actions.copy()).toMatchObject({ ok: false, message: expect.stringMatching(/Select/) });
    expect(await actions.cut()).toMatchObject({ ok: false });
    expect(actions.duplicate()).toMatchObject({ ok: false });
  });

  it('the selected lane is a selected status, else the lane of the first selected card', () => {
    const flow = sampleFlow();
    expect(selectedLane(flow, ['C'])).toBe('C');
    expect(selectedLane(flow, ['tPay', 'a1'])).toBe('B');
    expect(selectedLane(flow, [])).toBeUndefined();
  });
});
