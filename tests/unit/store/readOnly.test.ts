import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { createDesignerStore, isLocked } from '../../../src/store';

const READ_ONLY = 'This shared design is read-only: save a copy to edit it';

describe('designer store: read-only view', () => {
  it('refuses every edit, undo and revert with its own reason and says so once per attempt', () => {
    const store = createDesignerStore(DEFAULT_FLOW, { readOnly: READ_ONLY });
    const before = store.getState().flow;

    expect(isLocked(store.getState())).toBe(true);
    expect(store.getState().dispatch({ type: 'flow.rename', name: 'Changed' })).toMatchObject({
      ok: false,
      reason: READ_ONLY,
    });
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().revertToSaved()).toBe(false);
    expect(store.getState().flow).toBe(before);
    expect(store.getState().toasts.map((t) => t.message)).toEqual([READ_ONLY]);
  });

  it('keeps selection and viewport working, since looking around is not editing', () => {
    const store = createDesignerStore(DEFAULT_FLOW, { readOnly: READ_ONLY });
    const robot = DEFAULT_FLOW.robots[0]!;
    store.getState().select([robot.id]);
    expect(store.getState().selection).toEqual([robot.id]);
  });

  it('leaves an ordinary store editable', () => {
    const store = createDesignerStore(DEFAULT_FLOW);
    expect(isLocked(store.getState())).toBe(false);
    expect(store.getState().dispatch({ type: 'flow.rename', name: 'Changed' })).toMatchObject({ ok: true });
  });
});
