import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createDesignerStore, PALETTE_COLLAPSED_KEY } from '../../../src/store';

const SLOW = { timeout: 20_000 };

async function renderDesigner() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const user = userEvent.setup();
  const view = render(<App store={store} />);
  await screen.findByRole('region', { name: 'Shipped' });
  return { store, user, view };
}

const palette = () => screen.getByRole('complementary', { name: 'Palette' });

describe('folding the palette', SLOW, () => {
  it('folds to the rail and back, remembered by the browser', async () => {
    const { user, view } = await renderDesigner();
    await user.click(screen.getByRole('button', { name: 'Collapse the palette' }));
    expect(screen.queryByRole('searchbox', { name: 'Search rules and triggers' })).not.toBeInTheDocument();
    expect(within(palette()).getByRole('button', { name: 'Send SMS' })).toBeInTheDocument();
    expect(localStorage.getItem(PALETTE_COLLAPSED_KEY)).toBe('true');

    view.unmount();
    const again = await renderDesigner();
    expect(screen.getByRole('button', { name: 'Expand the palette' })).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: 'Expand the palette' }));
    expect(screen.getByRole('searchbox', { name: 'Search rules and triggers' })).toBeInTheDocument();
    expect(localStorage.getItem(PALETTE_COLLAPSED_KEY)).toBe('false');
  });

  it('adds from the rail to the selected lane, selected', async () => {
    const { user, store } = await renderDesigner();
    await user.click(screen.getByRole('button', { name: 'Collapse the palette' }));
    act(() => store.getState().select(['F']));
    await user.click(within(palette()).getByRole('button', { name: 'Send SMS' }));
    const added = store.getState().flow.robots.at(-1)!;
    expect(added).toMatchObject({ type: 'sms.send', status: 'F' });
    expect(store.getState().selection).toEqual([added.id]);
  });
});
