import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createDesignerStore } from '../../../src/store';

/*
 * Below 1280 px the top bar folds Flows, JSON and Import into "More" (CSS hides one form or the
 * other; jsdom has no layout, so both are in the page here). tests/e2e/board-panels.spec.ts measures
 * the bar in a real browser.
 */
async function renderDesigner() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const user = userEvent.setup();
  render(<App store={store} />);
  await screen.findByRole('region', { name: 'Shipped' });
  // The page's own banner is the first (cards on the canvas may hold headers of their own).
  const bar = screen.getAllByRole('banner')[0]!;
  return { store, user, bar };
}

describe('the top bar’s More menu', { timeout: 20_000 }, () => {
  it('holds Flows, the JSON and Import, each opening what its button opens', async () => {
    const { user, bar } = await renderDesigner();
    const more = within(bar).getByRole('button', { name: 'More' });
    expect(more).toHaveAttribute('aria-haspopup', 'menu');
    await user.click(more);
    const menu = screen.getByRole('menu', { name: 'More' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Flows', 'Show the JSON', 'Import']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Import' }));
    expect(screen.getByRole('dialog', { name: 'Import a flow' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Import a flow' })).not.toBeInTheDocument();

    await user.click(more);
    await user.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Show the JSON' }));
    expect(within(bar).getByRole('button', { name: '{ } JSON' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(more);
    expect(
      within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Hide the JSON' }),
    ).toBeInTheDocument();
  });

  it('offers Flows and Import as unavailable while simulating, saying why', async () => {
    const { store, user, bar } = await renderDesigner();
    act(() => store.getState().setSimulating(true));
    await user.click(within(bar).getByRole('button', { name: 'More' }));
    const flows = within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Flows' });
    expect(flows).toHaveAttribute('aria-disabled', 'true');
    expect(flows).toHaveAttribute('title', 'Not while simulating');
  });

  it('names the problem counts in words at every width', async () => {
    const { store, user, bar } = await renderDesigner();
    act(() => store.getState().select(['S']));
    await user.click(screen.getByRole('button', { name: 'Send SMS' }));
    expect(within(bar).getByRole('button', { name: /^\d+ errors?$/ })).toBeInTheDocument();
  });
});
