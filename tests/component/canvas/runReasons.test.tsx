import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
// Loaded up front: the app imports it lazily on first use, which is slow under the test transform.
import '../../../src/app/SimulatorPane';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import { createDesignerStore, saveScenarios } from '../../../src/store';

/*
 * After a run, the cards that did not act say why (docs/semantics.md §5): a few words in place of the
 * summary line, the whole sentence as the card's description; following playback's moment.
 */

const paid = SAMPLE_SCENARIOS[0]!.scenario;

beforeEach(() => {
  localStorage.clear();
  // "Paid and delivered" for a shop with no title: the new-order email's condition is false.
  saveScenarios(localStorage, DEFAULT_FLOW.id, [
    { ...paid, name: 'No shop title', order: { ...paid.order, shopTitle: '' } },
  ]);
});

const card = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name} — `) });
const simulator = () => screen.getByRole('complementary', { name: 'Simulator' });

async function runScenario() {
  const user = userEvent.setup();
  render(<App store={createDesignerStore(DEFAULT_FLOW)} />);
  await screen.findByRole('region', { name: 'Shipped' });
  await user.click(screen.getByRole('button', { name: 'Simulate' }));
  await screen.findByRole('complementary', { name: 'Simulator' }, { timeout: 10_000 });
  await user.click(within(simulator()).getByRole('button', { name: 'Run scenario' }));
  await within(simulator()).findByText(/the run has ended/);
  return user;
}

describe('why a card did not act, on the card', { timeout: 60_000 }, () => {
  it('a robot whose condition was false says so with the value that decided it', async () => {
    const user = await runScenario();
    const email = card('New order email');
    expect(within(email).getByText('Condition false: Shop title was empty')).toBeInTheDocument();
    expect(email).toHaveAccessibleDescription(
      /Not done: its condition was false at \+0d 00:00 \(.*\): Shop title is not empty — it was empty/,
    );
    // Other cards give their own reason; a robot that was done keeps its summary line.
    expect(
      within(card('Payment reminder')).getByText(/Cancelled: left "Accepted, awaiting payment"/),
    ).toBeInTheDocument();
    expect(within(card('Cancellation email')).getByText('Never entered "Canceled"')).toBeInTheDocument();
    expect(within(card('SMS with the order number')).queryByText(/^\? /)).not.toBeInTheDocument();
    const trigger = screen.getByRole('group', { name: /^Order canceled — / });
    expect(within(trigger).getByText('Its event never came')).toBeInTheDocument();
    expect(trigger).toHaveAccessibleDescription(/Did not fire: its event never came/);
    // Business words only: no ids on the cards.
    expect(email.textContent).not.toMatch(/n_email_new|order\.shopTitle/);

    // At the first moment of the run nothing has been decided yet: no reason on the card.
    await user.click(within(simulator()).getByRole('button', { name: /^1\. / }));
    expect(within(card('New order email')).queryByText(/Condition false/)).not.toBeInTheDocument();
    expect(within(card('Cancellation email')).queryByText(/Never entered/)).not.toBeInTheDocument();
    expect(card('New order email')).not.toHaveAccessibleDescription(/Not done/);
  });

  it('leaving simulate mode takes the reasons off the cards', async () => {
    const user = await runScenario();
    expect(within(card('New order email')).getByText(/Condition false/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(within(card('New order email')).queryByText(/Condition false/)).not.toBeInTheDocument();
    expect(within(card('New order email')).getByText(/Send email/)).toBeInTheDocument();
  });
});
