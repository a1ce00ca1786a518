import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App';
// Loaded up front: the app imports it lazily on first use, which is slow under the test transform.
import '../../src/app/SimulatorPane';
import { deleteSelectionCommand } from '../../src/domain/clipboard';
import { DEFAULT_FLOW } from '../../src/domain/samples/defaultFlow';
import { createDesignerStore, scenariosStorageKey } from '../../src/store';

/*
 * Simulate mode in the assembled app: the lock on the design, a sample run shown in the simulator
 * and on the canvas (node states, the order's lane), timeline entries selecting their node, and skip
 * pause from a waiting card. jsdom has no Worker, so the engine runs in this thread here; the worker
 * is checked in the browser (tests/e2e/simulator.spec.ts).
 */

async function renderDesigner() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const user = userEvent.setup();
  render(<App store={store} />);
  await screen.findByRole('region', { name: 'Shipped' });
  return { store, user };
}

const card = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name} — `) });
const lane = (name: string) => screen.getByRole('region', { name });
const simulator = () => screen.getByRole('complementary', { name: 'Simulator' });
/** Turns simulate mode on and waits for the simulator (loaded on first use). */
async function simulate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Simulate' }));
  return screen.findByRole('complementary', { name: 'Simulator' }, { timeout: 10_000 });
}
const logRow = (label: RegExp) => within(simulator()).getByRole('button', { name: label });

async function runSample(user: ReturnType<typeof userEvent.setup>) {
  await simulate(user);
  await user.click(within(simulator()).getByRole('button', { name: 'Run scenario' }));
  expect(await within(simulator()).findByText(/Order is in/)).toHaveTextContent(
    'Order is in Completed · the run has ended',
  );
}

beforeEach(() => localStorage.clear());

// Whole-app flows with a real engine run: generous room for a busy machine (not a timing check).
describe('simulate mode', { timeout: 30_000 }, () => {
  it('locks the design while simulating and unlocks it afterwards', async () => {
    const { store, user } = await renderDesigner();
    const toggle = screen.getByRole('button', { name: 'Simulate' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Send SMS' })).toBeInTheDocument();

    await simulate(user);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/Design locked while simulating. Leave simulate mode/)).toBeInTheDocument();
    // The palette and the inspector make way for the simulator.
    expect(screen.queryByRole('button', { name: 'Send SMS' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Inspector' })).not.toBeInTheDocument();
    expect(within(simulator()).getByRole('listbox', { name: 'Scenario' })).toBeInTheDocument();
    // Lane headers show their status but offer no editing: no options menu, no rename on F2.
    expect(screen.queryByRole('button', { name: 'Status options: Shipped' })).not.toBeInTheDocument();
    const header = within(lane('Shipped')).getByRole('group', { name: /^Status Shipped/ });
    header.focus();
    await user.keyboard('{F2}');
    expect(screen.queryByRole('textbox', { name: 'Rename status Shipped' })).not.toBeInTheDocument();

    // Selecting still works (to follow a run); deleting from the keyboard does not.
    const flow = store.getState().flow;
    fireEvent.click(card('Payment reminder'));
    expect(store.getState().selection).toEqual(['n_email_reminder']);
    await user.keyboard('{Delete}');
    expect(card('Payment reminder')).toBeInTheDocument();
    // Whatever issues an edit is refused with the reason.
    const command = deleteSelectionCommand(flow, ['n_sms'])!;
    expect(store.getState().dispatch(command)).toMatchObject({
      ok: false,
      reason: 'Design locked while simulating',
    });
    expect(store.getState().flow).toBe(flow);
    expect(store.getState().toasts.at(-1)?.message).toBe('Design locked while simulating');

    await user.click(toggle);
    expect(screen.queryByText(/Leave simulate mode to edit it again/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send SMS' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status options: Shipped' })).toBeInTheDocument();
    fireEvent.click(card('Payment reminder'));
    await user.keyboard('{Delete}');
    expect(screen.queryByRole('group', { name: /^Payment reminder — / })).not.toBeInTheDocument();
  });

  it('runs "paid and delivered": the log shows the SMS and status changes, the cards their states', async () => {
    const { user } = await renderDesigner();
    await runSample(user);
    const sim = simulator();
    expect(within(sim).getByText('Engine runs on this page')).toBeInTheDocument();
    expect(within(sim).getAllByText(/Your order number is ORD-2025-00001/).length).toBeGreaterThan(0);
    for (const status of ['Paid, preparing for shipment', 'Shipped', 'Completed'])
      expect(logRow(new RegExp(`Status entered ${status}: From`))).toBeInTheDocument();

    // At the end: every robot that ran is done, the unpaid-order robots were cancelled by the payment.
    expect(within(card('SMS with the order number')).getByText('✓ Done')).toBeInTheDocument();
    expect(within(card('Thank-you email')).getByText('✓ Done')).toBeInTheDocument();
    expect(within(card('Payment reminder')).getByText('Cancelled')).toBeInTheDocument();
    expect(within(card('Cancellation email')).queryByText(/Done|Failed|Waiting/)).not.toBeInTheDocument();
    expect(within(lane('Completed')).getByText('Order is here')).toBeInTheDocument();
    expect(within(lane('Shipped')).queryByText('Order is here')).not.toBeInTheDocument();
  });

  it('choosing a log entry selects its node and shows the canvas at that moment', async () => {
    const { store, user } = await renderDesigner();
    await runSample(user);
    await user.click(logRow(/Trigger fired Payment/));
    expect(store.getState().selection).toEqual(['t_payment']);
    expect(within(lane('Accepted, awaiting payment')).getByText('Order is here')).toBeInTheDocument();
    expect(within(card('Payment reminder')).getByText(/Waiting · 2d 22h left/)).toBeInTheDocument();
    // The payment moves the order on at this very instant and cancels the reminder: no skip offered.
    expect(
      within(card('Payment reminder')).queryByRole('button', { name: 'Skip pause' }),
    ).not.toBeInTheDocument();
    expect(within(card('Thank-you email')).queryByText('✓ Done')).not.toBeInTheDocument();

    await user.click(logRow(/Done SMS with the order number/));
    expect(store.getState().selection).toEqual(['n_sms']);
  });

  it('"Skip pause" on a waiting card runs the robot now', async () => {
    const { user } = await renderDesigner();
    await runSample(user);
    // Before the payment arrives, the reminder waits three days.
    await user.click(logRow(/^11\. /));
    const reminder = card('Payment reminder');
    expect(within(reminder).getByText(/Waiting/)).toBeInTheDocument();
    await user.click(within(reminder).getByRole('button', { name: 'Skip pause' }));
    // It ran at once, the order still unpaid: the reminder went out and the log says so.
    expect(await within(card('Payment reminder')).findByText('✓ Done')).toBeInTheDocument();
    expect(logRow(/Done Payment reminder/)).toBeInTheDocument();
    // Playback stays at that moment (the reminder's outcome), not at the end of the new run.
    expect(logRow(/Done Payment reminder/).closest('li')).toHaveAttribute('aria-current', 'step');
    expect(within(simulator()).getByText(/Order is in/)).toHaveTextContent(
      'Order is in Accepted, awaiting payment',
    );
  });

  it('keeps the scenarios with the flow in the browser, starting with the three samples', async () => {
    const { user } = await renderDesigner();
    await simulate(user);
    const options = () =>
      within(within(simulator()).getByRole('listbox', { name: 'Scenario' }))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options()).toEqual(['Paid and delivered', 'Never paid', 'Client without a mobile phone']);
    await user.click(within(simulator()).getByRole('button', { name: 'Duplicate' }));
    expect(options()).toHaveLength(4);
    const kept = JSON.parse(localStorage.getItem(scenariosStorageKey(DEFAULT_FLOW.id))!) as unknown[];
    expect(kept).toHaveLength(4);

    // A designer opened later on the same flow finds them again.
    cleanup();
    const again = await renderDesigner();
    await simulate(again.user);
    expect(options()).toContain('Paid and delivered (copy)');
  });
});
