import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/domain/scenario';
import { BatchPanel } from '../../../src/panels/simulator';
import { createSimulationClient } from '../../../src/sim';
import { flow, sample } from './harness';

function renderBatch() {
  const client = createSimulationClient({ worker: () => undefined });
  const onOpenVariant = vi.fn<(s: Scenario) => void>();
  const onCoverage = vi.fn();
  const user = userEvent.setup();
  render(
    <BatchPanel
      flow={flow}
      base={sample('paid-and-delivered')}
      client={client}
      onOpenVariant={onOpenVariant}
      onCoverage={onCoverage}
    />,
  );
  return { user, onOpenVariant, onCoverage };
}

describe('BatchPanel', () => {
  it('a batch over phone types shows the SMS robot failing for clients without a mobile phone', async () => {
    const { user, onOpenVariant, onCoverage } = renderBatch();
    await user.click(screen.getByLabelText('Mobile phone'));
    await user.click(screen.getByLabelText('Work phone'));
    await user.click(screen.getByRole('button', { name: 'Run 4 of 4 combinations' }));

    const robots = await screen.findByRole('table', { name: 'Robot coverage' });
    const sms = within(robots).getByRole('row', { name: /SMS with the order number/ });
    // Columns: robot, status, done, skipped, failed, cancelled, never reached.
    expect(
      within(sms)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Accepted, awaiting payment', '2', '0', '2', '0', '0']);
    expect(onCoverage).toHaveBeenLastCalledWith(expect.objectContaining({ runs: 4 }));
    // The forecast: the SMS goes out in the 2 runs of 4 with a mobile phone, 500 per 1,000 orders.
    const forecast = screen.getByRole('table', { name: 'Messages per robot' });
    expect(
      within(within(forecast).getByRole('row', { name: /SMS with the order number/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Accepted, awaiting payment', 'SMS', '500', '500']);

    const failing = within(screen.getByRole('region', { name: 'Failing variants' }));
    expect(failing.getByText('Variants with failures (2)')).toBeInTheDocument();
    expect(failing.getByText('Phones: work')).toBeInTheDocument();
    expect(failing.getAllByText('SMS with the order number: Phone number is not specified')).toHaveLength(2);

    await user.click(failing.getByRole('button', { name: 'Open as single run: Phones: work' }));
    const opened = onOpenVariant.mock.lastCall![0];
    expect(opened.contact.phones).toEqual([{ type: 'WORK', value: '+1 555 0101' }]);
  });

  it('counts triggers and says when not every combination ran', async () => {
    const { user } = renderBatch();
    await user.click(screen.getByLabelText('Payment in 2 hours'));
    await user.click(screen.getByLabelText('Paid or not at the start'));
    const cap = screen.getByLabelText('Most combinations');
    await user.clear(cap);
    await user.type(cap, '3');
    await user.click(screen.getByRole('button', { name: 'Run 3 of 4 combinations' }));
    const ran = await screen.findByText(/^Ran 3 of 4 combinations/);
    // Both dimensions vary within the cap, and what was left out is said.
    expect(ran).toHaveTextContent('3 of 4 pairs of choices covered · every choice tried');
    expect(screen.getByText('Left out: 1 combination')).toBeInTheDocument();
    const happened = Number(
      /: (\d+)$/.exec(screen.getByText(/^Payment in 2 hours happens: /).textContent!)![1],
    );
    const triggers = screen.getByRole('table', { name: 'Trigger coverage' });
    const payment = within(triggers).getByRole('row', { name: /Payment/ });
    // The payment trigger fires in exactly the runs that keep the payment event.
    expect(
      within(payment)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([String(happened), String(happened)]);
  });

  it('runs N random combinations with a seed', async () => {
    const { user } = renderBatch();
    for (const t of ['Mobile', 'Work', 'Home']) await user.click(screen.getByLabelText(`${t} phone`));
    await user.click(screen.getByLabelText('Random'));
    const n = screen.getByLabelText('Random combinations');
    await user.clear(n);
    await user.type(n, '5');
    await user.click(screen.getByRole('button', { name: 'Run 5 of 8 combinations' }));
    expect(await screen.findByText(/^Ran 5 of 8 combinations/)).toBeInTheDocument();
    expect(screen.getByText(/^5 runs/)).toBeInTheDocument();
  });
});
