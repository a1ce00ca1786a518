import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { preloadParts } from '../../../src/app/lazyParts';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { browserCopyOf } from '../../../src/store';
import { renderControls } from './harness';

describe('the history of the open design', () => {
  it('lists every revision with who published it, opens one read-only and shows its differences', async () => {
    await preloadParts();
    const { user, button } = renderControls();
    db.publish(DEFAULT_FLOW.id, 3);
    await user.click(button('Revisions'));
    const list = await screen.findByRole('list', { name: 'Revisions, newest first' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => within(r).getByRole('button').textContent)).toEqual([
      'Open revision 3',
      'Open revision 2',
      'Open revision 1',
    ]);
    expect(rows[0]).toHaveTextContent(/published by demo/);
    await user.click(within(rows[2]!).getByRole('button'));
    expect(await screen.findByRole('dialog', { name: /Revision 1 of .* \(read only\)/ })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Differences with the open design' }));
    const changes = screen.getByRole('region', {
      name: 'What the open design changes compared with revision 1',
    });
    expect(changes).toHaveTextContent('Robot “Delivery call” added.');
  });

  it('restores an old revision as a new one and opens it; history is not rewritten', async () => {
    await preloadParts();
    const { user, button, store } = renderControls();
    await user.click(button('Revisions'));
    const list = await screen.findByRole('list', { name: 'Revisions, newest first' });
    await user.click(within(list).getByRole('button', { name: 'Open revision 1' }));
    await user.click(await screen.findByRole('button', { name: 'Restore revision 1' }));
    expect(await screen.findByText(/Restored revision 1 as revision 4/)).toBeVisible();
    expect(db.get(DEFAULT_FLOW.id)!.revision).toBe(4);
    expect(db.history(DEFAULT_FLOW.id)!.revisions.map((r) => r.revision)).toEqual([4, 3, 2, 1]);
    expect(store.getState().flow.robots.some((r) => r.id === 's_robocall')).toBe(false);
    expect(browserCopyOf(store).getState().server?.revision).toBe(4);
  });
});
