import { describe, expect, it } from 'vitest';
import { robotId } from '../../../src/domain/ids';
import { createDesignerStore, editMergeKey, isDirty } from '../../../src/store';
import { sampleFlow } from '../commands/helpers';

const rename = (id: string, name: string) =>
  ({ type: 'robot.update', id: robotId(id), changes: { name } }) as const;

describe('squash policy', () => {
  it('a burst of edits to one field is one undo step', () => {
    const store = createDesignerStore(sampleFlow());
    const original = store.getState().flow;
    for (const name of ['P', 'Pa', 'Pay']) {
      const cmd = rename('a1', name);
      store.getState().dispatch(cmd, { merge: editMergeKey(cmd) });
    }
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toEqual(original);
    store.getState().redo();
    expect(store.getState().flow.robots[0]!.name).toBe('Pay');
  });

  it('a mark, another node or another command starts a new step', () => {
    const store = createDesignerStore(sampleFlow());
    const send = (cmd: ReturnType<typeof rename>) =>
      store.getState().dispatch(cmd, { merge: editMergeKey(cmd) });
    send(rename('a1', 'A'));
    store.getState().mark();
    send(rename('a1', 'AB'));
    send(rename('a2', 'X'));
    store.getState().select(['a2']);
    send(rename('a2', 'XY'));
    store.getState().dispatch({ type: 'flow.rename', name: 'Other' });
    expect(store.getState().past).toHaveLength(5);
  });
});

describe('saved state', () => {
  it('is dirty after an edit until marked saved, and reverts to the saved version as one undo step', () => {
    const store = createDesignerStore(sampleFlow());
    const saved = store.getState().flow;
    expect(isDirty(store.getState())).toBe(false);
    store.getState().dispatch({ type: 'flow.rename', name: 'Changed' });
    expect(isDirty(store.getState())).toBe(true);
    expect(store.getState().revertToSaved()).toBe(true);
    expect(store.getState().flow).toEqual(saved);
    store.getState().undo();
    expect(store.getState().flow.name).toBe('Changed');
    store.getState().markSaved(store.getState().flow);
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState().revertToSaved()).toBe(false);
    store.getState().markSaveFailed('quota exceeded');
    expect(isDirty(store.getState())).toBe(true);
  });
});
