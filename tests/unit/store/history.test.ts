import { describe, expect, it } from 'vitest';
import { robotId, statusId } from '../../../src/domain/ids';
import { canRedo, canUndo, createDesignerStore } from '../../../src/store';
import { sampleFlow } from '../commands/helpers';

const rename = (name: string) => ({ type: 'flow.rename', name }) as const;

describe('designer store: document and history', () => {
  it('dispatch edits the document and records one undo step', () => {
    const store = createDesignerStore(sampleFlow());
    const result = store.getState().dispatch(rename('Webshop'));
    expect(result.ok).toBe(true);
    expect(store.getState().flow.name).toBe('Webshop');
    expect(store.getState().past).toHaveLength(1);
    expect(canUndo(store.getState())).toBe(true);
  });

  it('undo and redo walk the patches back and forth', () => {
    const original = sampleFlow();
    const store = createDesignerStore(original);
    const { dispatch } = store.getState();
    dispatch(rename('One'));
    dispatch({ type: 'status.delete', id: statusId('B') });
    expect(store.getState().flow.statuses.map((s) => s.id)).toEqual(['A', 'C']);

    expect(store.getState().undo()).toBe(true);
    expect(store.getState().flow.statuses.map((s) => s.id)).toEqual(['A', 'B', 'C']);
    expect(store.getState().flow.robots.map((r) => r.id)).toContain('b1');
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().flow).toEqual(original);
    expect(store.getState().undo()).toBe(false);
    expect(canRedo(store.getState())).toBe(true);

    store.getState().redo();
    store.getState().redo();
    expect(store.getState().flow.name).toBe('One');
    expect(store.getState().flow.statuses.map((s) => s.id)).toEqual(['A', 'C']);
    expect(store.getState().redo()).toBe(false);
  });

  it('undo and redo land on the very versions the design was, so nothing keyed by them is redone', () => {
    const store = createDesignerStore(sampleFlow());
    const { dispatch } = store.getState();
    const start = store.getState().flow;
    dispatch(rename('One'));
    const one = store.getState().flow;
    // Typing squashes into one step: its undo lands before the first keystroke.
    dispatch(rename('Tw'), { merge: 'name' });
    dispatch(rename('Two'), { merge: 'name' });
    const two = store.getState().flow;
    store.getState().undo();
    expect(store.getState().flow).toBe(one);
    store.getState().undo();
    expect(store.getState().flow).toBe(start);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().flow).toBe(two);

    // A change that was not recorded in between: the patches still take the design back.
    dispatch(rename('Three'));
    dispatch({ type: 'flow.rename', name: 'Three, quietly' }, { capture: 'ignore' });
    store.getState().undo();
    expect(store.getState().flow.name).toBe('Two');
    expect(store.getState().flow).not.toBe(two);
  });

  it('a new edit after undo drops the redo branch', () => {
    const store = createDesignerStore(sampleFlow());
    store.getState().dispatch(rename('One'));
    store.getState().undo();
    store.getState().dispatch(rename('Two'));
    expect(store.getState().future).toEqual([]);
    expect(store.getState().redo()).toBe(false);
    expect(store.getState().flow.name).toBe('Two');
  });

  it('a refused command changes nothing, records nothing and keeps its reason for the UI', () => {
    const store = createDesignerStore(sampleFlow());
    const before = store.getState().flow;
    const result = store
      .getState()
      .dispatch({ type: 'edge.connect', from: robotId('a3'), to: robotId('a1') });
    expect(result.ok).toBe(false);
    expect(store.getState().flow).toBe(before);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().lastRefusal).toMatchObject({ code: 'cycle' });
    store.getState().dispatch(rename('Fine'));
    expect(store.getState().lastRefusal).toBeNull();
  });

  it('capture "ignore" edits without an undo step', () => {
    const store = createDesignerStore(sampleFlow());
    store
      .getState()
      .dispatch({ type: 'layout.setPosition', id: 'a1', position: { x: 1, y: 1 } }, { capture: 'ignore' });
    expect(store.getState().flow.layout?.positions?.a1).toEqual({ x: 1, y: 1 });
    expect(store.getState().past).toEqual([]);
  });

  it('stores are independent of each other', () => {
    const a = createDesignerStore(sampleFlow());
    const b = createDesignerStore(sampleFlow());
    a.getState().dispatch(rename('Only A'));
    expect(b.getState().flow.name).toBe('Sample');
    expect(b.getState().past).toEqual([]);
  });
});

describe('designer store: selection and view state are never recorded', () => {
  it('selecting, setting the viewport and the theme leave history alone', () => {
    const store = createDesignerStore(sampleFlow());
    store.getState().select(['a1', 'a1', 'tPay']);
    store.getState().setViewport({ x: 10, y: 20, zoom: 1.5 });
    store.getState().setTheme('dark');
    expect(store.getState().selection).toEqual(['a1', 'tPay']);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().undo()).toBe(false);
  });

  it('undo keeps the selection, minus what no longer exists', () => {
    const store = createDesignerStore(sampleFlow());
    store.getState().dispatch({
      type: 'robot.add',
      robot: {
        id: robotId('n1'),
        type: 'log.write',
        status: statusId('A'),
        after: null,
        delay: { type: 'immediate' },
        settings: {},
      },
    });
    store.getState().select(['n1', 'a1']);
    store.getState().undo();
    expect(store.getState().selection).toEqual(['a1']);
    store.getState().redo();
    expect(store.getState().selection).toEqual(['a1']);
  });

  it('the viewport starts where the flow was saved', () => {
    const flow = { ...sampleFlow(), layout: { viewport: { x: 1, y: 2, zoom: 0.8 } } };
    expect(createDesignerStore(flow).getState().viewport).toEqual({ x: 1, y: 2, zoom: 0.8 });
    expect(createDesignerStore(sampleFlow()).getState().viewport).toBeNull();
  });
});
