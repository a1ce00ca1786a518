import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createDesignerStore } from '../../../src/store';

async function openSettings() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const user = userEvent.setup();
  render(<App store={store} />);
  await screen.findByRole('region', { name: 'Shipped' });
  await user.click(
    within(screen.getByRole('heading', { level: 1 })).getByRole('button', { name: DEFAULT_FLOW.name }),
  );
  // The dialog's code loads on first use; on a busy machine that can take a while.
  const dialog = await screen.findByRole('dialog', { name: 'Design settings' }, { timeout: 20_000 });
  return { store, user, dialog, settings: () => store.getState().flow.settings };
}

describe('design settings', () => {
  it('finds a time zone by a word of its name, shows its offset, and sets it as one undo step', async () => {
    const { user, dialog, store, settings } = await openSettings();
    await user.type(within(dialog).getByRole('searchbox', { name: 'Find a time zone' }), 'berl');
    const zone = within(dialog).getByRole('listbox', { name: 'Time zone' });
    const berlin = within(zone).getByRole('option', { name: /^Europe\/Berlin \(UTC\+0[12]:00\)$/ });
    expect(within(zone).queryByRole('option', { name: /Tokyo/ })).not.toBeInTheDocument();
    await user.selectOptions(zone, berlin);
    expect(settings().timezone).toBe('Europe/Berlin');
    expect(store.getState().past.at(-1)?.description).toBe('set the time zone to Europe/Berlin');
    act(() => void store.getState().undo());
    expect(settings().timezone).toBe(DEFAULT_FLOW.settings.timezone);
    expect(screen.getByText('Undone: set the time zone to Europe/Berlin')).toBeInTheDocument();
  });

  it('refuses working hours that end before they start, and a week without working days', async () => {
    const { user, dialog, settings } = await openSettings();
    const before = settings().workTime;
    const start = within(dialog).getByLabelText('Working day starts');
    fireEvent.change(start, { target: { value: '19:00' } });
    fireEvent.blur(start);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The working day must end after it starts');
    expect(settings().workTime).toEqual(before);

    fireEvent.change(start, { target: { value: '08:00' } });
    fireEvent.blur(start);
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(settings().workTime?.start).toBe('08:00');

    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      const box = within(dialog).getByRole('checkbox', { name: day });
      if ((box as HTMLInputElement).checked) await user.click(box);
    }
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose at least one working day.');
    expect(settings().workTime?.days.length).toBeGreaterThan(0);
  });

  it('adds and removes holidays, each one undo step, and refuses a date twice', async () => {
    const { user, dialog, store, settings } = await openSettings();
    const date = within(dialog).getByLabelText('New holiday');
    fireEvent.change(date, { target: { value: '2026-12-25' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add holiday' }));
    expect(settings().workTime?.holidays).toContain('2026-12-25');
    expect(
      within(within(dialog).getByRole('list', { name: 'Holidays' })).getByText('2026-12-25'),
    ).toBeInTheDocument();

    fireEvent.change(date, { target: { value: '2026-12-25' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add holiday' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('2026-12-25 is already a holiday.');

    await user.click(within(dialog).getByRole('button', { name: 'Remove holiday 2026-12-25' }));
    expect(settings().workTime?.holidays ?? []).not.toContain('2026-12-25');
    expect(store.getState().past.map((e) => e.description)).toEqual([
      'add holiday 2026-12-25',
      'remove holiday 2026-12-25',
    ]);
    act(() => void store.getState().undo());
    expect(settings().workTime?.holidays).toContain('2026-12-25');
  });
});
