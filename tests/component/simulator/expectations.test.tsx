import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimulatorPanel } from '../../../src/panels/simulator';
import { createSimulationClient } from '../../../src/sim';
import { flow } from './harness';

const client = () => createSimulationClient({ worker: () => undefined });

/** The panel with its own scenarios: the three samples. */
function renderPanel() {
  const user = userEvent.setup();
  render(<SimulatorPanel flow={flow} client={client()} />);
  return { user };
}

describe('SimulatorPanel expectations, staleness and tests', () => {
  it('shows pass/fail per expectation after a run, and why a false one failed', async () => {
    const { user } = renderPanel();
    // Break one expectation of the sample: the reminder is said to be done.
    await user.selectOptions(screen.getByLabelText('Expectation 2: robot is'), 'done');
    await user.click(screen.getByRole('button', { name: 'Run scenario' }));
    const results = await screen.findByRole('region', { name: 'Expectations' });
    expect(results).toHaveTextContent('1 of 8 expectations false');
    const failed = within(results)
      .getAllByRole('listitem')
      .find((li) => li.dataset.holds === 'false')!;
    expect(failed).toHaveTextContent('robot "Payment reminder" is done');
    expect(failed).toHaveTextContent('Instead: it was cancelled at +0d 02:00');
    // No ids for business users.
    expect(results).not.toHaveTextContent('n_email_reminder');
  });

  it('marks the run out of date after an edit and turns its downloads off until it runs again', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Run scenario' }));
    const downloads = await screen.findByRole('group', { name: 'Download this run' });
    expect(within(downloads).getByRole('button', { name: 'Timeline (JSON)' })).toBeEnabled();
    await user.click(screen.getByRole('tab', { name: 'Scenario' }));
    await user.click(screen.getByRole('button', { name: 'Remove expectation 1' }));
    await user.click(screen.getByRole('tab', { name: 'Run' }));
    expect(screen.getByText(/^Out of date: the scenario changed after this run/)).toBeVisible();
    expect(within(downloads).getByRole('button', { name: 'Timeline (JSON)' })).toBeDisabled();
    expect(within(downloads).getByRole('button', { name: 'Log (CSV)' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Run scenario' }));
    expect(await screen.findByRole('button', { name: 'Timeline (JSON)' })).toBeEnabled();
    expect(screen.queryByText(/Out of date/)).not.toBeInTheDocument();
  });

  it('refuses to run a scenario with invalid event data and lists the problem', async () => {
    const { user } = renderPanel();
    const data = screen.getByLabelText('Event 1 data');
    await user.clear(data);
    await user.type(data, '{{"order": ');
    expect(screen.getByRole('button', { name: 'Run scenario' })).toBeDisabled();
    expect(screen.getByRole('alert', { name: 'Why this scenario cannot run' })).toHaveTextContent(
      'Event 1 data: Not valid JSON',
    );
  });

  it('"Expect this" on a log row adds the expectation to the scenario', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Run scenario' }));
    const row = (await screen.findByRole('button', { name: /^\d+\. .*Done Allow delivery/ })).closest('li')!;
    await user.click(within(row).getByRole('button', { name: /^Expect this: entry \d+$/ }));
    await user.click(screen.getByRole('tab', { name: 'Scenario' }));
    expect(screen.getByText('Expect (9)')).toBeInTheDocument();
    expect(screen.getByLabelText('Expectation 9: robot')).toHaveDisplayValue(/^Allow delivery/);
  });

  it('the Tests tab runs every scenario: a summary, the failing lines and coverage', async () => {
    const { user } = renderPanel();
    await user.selectOptions(screen.getByLabelText('Expectation 2: robot is'), 'done');
    await user.click(screen.getByRole('tab', { name: 'Tests' }));
    await user.click(screen.getByRole('button', { name: 'Run all scenarios' }));
    expect(await screen.findByText(/2 of 3 scenarios pass/)).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Test results' });
    expect(results).toHaveTextContent('FAIL Paid and delivered');
    expect(results).toHaveTextContent('2. robot "Payment reminder" is done — it was cancelled');
    expect(results).toHaveTextContent('PASS Never paid');
    const coverage = screen.getByRole('region', { name: 'Coverage' });
    expect(coverage).toHaveTextContent('Statuses never entered (0)');
    expect(coverage).toHaveTextContent(/Conditions never false \(\d+\)/);
  });
});
