import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { browserCopyOf, createBackendSave, createDesignerStore } from '../../../src/store';
import { client, withMockBackend } from '../api/harness';

withMockBackend();

/** The save/publish machine over a fresh designer on the default design, without React. */
function machineFor() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const machine = createBackendSave(store, client());
  const toasts = () => store.getState().toasts.map((t) => t.message);
  const rename = (name: string) => store.getState().dispatch({ type: 'flow.rename', name });
  return { store, machine, toasts, rename, link: () => browserCopyOf(store).getState().server };
}

describe('the save and publish state machine', () => {
  it('learns the server revision, saves the next one and says so', async () => {
    const { machine, rename, link, toasts } = machineFor();
    await machine.checkServerRevision(new AbortController().signal);
    expect(link()?.revision).toBe(3);
    rename('My shop');
    expect(await machine.save()).toBe(true);
    expect(link()?.revision).toBe(4);
    expect(toasts()).toContain('Saved to the server (revision 4).');
    expect(machine.view.getState().busy).toBe(false);
  });

  it('meets a colleague’s save with the conflict, and overwriting saves over theirs', async () => {
    const { machine, rename, link } = machineFor();
    await machine.checkServerRevision(new AbortController().signal);
    db.setFaults({ conflict: true });
    rename('Mine');
    expect(await machine.save()).toBe(false);
    const conflict = machine.view.getState().conflict;
    expect(conflict?.theirs.revision).toBe(4);
    await machine.resolve('overwrite');
    expect(machine.view.getState().conflict).toBeNull();
    expect(link()?.revision).toBe(5);
    expect(db.get(DEFAULT_FLOW.id)!.flow.name).toBe('Mine');
  });

  it('drops a base revision the server does not have, with a message, and saves without a conflict', async () => {
    const { machine, store, link, toasts } = machineFor();
    browserCopyOf(store).getState().setServer({ flowId: DEFAULT_FLOW.id, revision: 9, flow: null });
    await machine.checkServerRevision(new AbortController().signal);
    expect(toasts().some((t) => t.includes('no longer has revision 9'))).toBe(true);
    expect(link()?.revision).toBe(3);
    expect(await machine.save()).toBe(true);
    expect(machine.view.getState().conflict).toBeNull();
    expect(link()?.revision).toBe(4);
  });

  it('drops it too when the save is the first to find out', async () => {
    const { machine, store, rename, link } = machineFor();
    browserCopyOf(store).getState().setServer({ flowId: DEFAULT_FLOW.id, revision: 9, flow: null });
    rename('Saved over a forgetful server');
    expect(await machine.save()).toBe(true);
    expect(machine.view.getState().conflict).toBeNull();
    expect([link()?.revision, db.get(DEFAULT_FLOW.id)!.flow.name]).toEqual([
      4,
      'Saved over a forgetful server',
    ]);
  });

  it('refuses to publish a design with errors, and publishes a clean one after review', async () => {
    const { machine, rename } = machineFor();
    await machine.startPublish([
      { code: 'OF101', severity: 'error', path: '$.robots[0]', message: 'Broken' } as never,
    ]);
    expect(machine.view.getState().publishing).toEqual({
      step: 'refused',
      problems: [{ code: 'OF101', severity: 'error', path: '$.robots[0]', message: 'Broken' }],
    });
    machine.closePublish();
    rename('Ready to go live');
    await machine.startPublish([]);
    const review = machine.view.getState().publishing;
    expect(review.step === 'review' && review.revision).toBe(4);
    await machine.confirmPublish();
    expect(machine.view.getState().publishing).toEqual({ step: 'closed' });
    expect(db.get(DEFAULT_FLOW.id)!.publishedRevision).toBe(4);
  });
});
