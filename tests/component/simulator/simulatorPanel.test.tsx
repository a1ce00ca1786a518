import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SimulatorPanel } from '../../../src/panels/simulator';
import { createSimulationClient } from '../../../src/sim';
import { captureDownload } from '../support/captureDownload';
import { flow } from './harness';

describe('SimulatorPanel', () => {
  it('runs the first sample, reports node states and steps back through playback', async () => {
    const onNodeStates = vi.fn();
    const user = userEvent.setup();
    render(
      <SimulatorPanel
        flow={flow}
        client={createSimulationClient({ worker: () => undefined })}
        onNodeStates={onNodeStates}
      />,
    );
    expect(
      within(screen.getByRole('listbox', { name: 'Scenario' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Paid and delivered', 'Never paid', 'Client without a mobile phone']);
    await user.click(screen.getByRole('button', { name: 'Run scenario' }));
    expect(await screen.findByText(/Order is in/)).toHaveTextContent(
      'Order is in Completed · the run has ended',
    );
    expect(screen.getAllByText(/Your order number is ORD-2025-00001/).length).toBeGreaterThan(0);
    expect(onNodeStates).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'F', ended: 'idle' }));
    await user.click(screen.getByRole('button', { name: /Trigger fired Payment/ }));
    expect(screen.getByText(/Order is in/)).toHaveTextContent('Order is in Accepted, awaiting payment');
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(onNodeStates).toHaveBeenLastCalledWith(
      expect.objectContaining({
        robots: expect.objectContaining({
          n_email_reminder: expect.objectContaining({ state: 'cancelled' }),
        }),
      }),
    );
  });
});

describe('SimulatorPanel end of a run', () => {
  it('says when the loop guard stopped the run (conformance example 3)', async () => {
    const read = (name: string) =>
      JSON.parse(readFileSync(resolve(process.cwd(), `tests/fixtures/conformance/${name}`), 'utf8'));
    const user = userEvent.setup();
    render(
      <SimulatorPanel
        flow={read('ex3-loop-guard.flow.json')}
        scenarios={[read('ex3-loop-guard.scenario.json')]}
        client={createSimulationClient({ worker: () => undefined })}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Run scenario' }));
    expect(await screen.findByText(/Order is in/)).toHaveTextContent(
      /stopped by the loop guard: too many status changes/,
    );
  });
});

describe('SimulatorPanel downloads', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the run shown as a timeline JSON and as a CSV log named after the flow and scenario', async () => {
    const saved = captureDownload();
    const user = userEvent.setup();
    render(<SimulatorPanel flow={flow} client={createSimulationClient({ worker: () => undefined })} />);
    await user.click(screen.getByRole('button', { name: 'Run scenario' }));
    const downloads = await screen.findByRole('group', { name: 'Download this run' });

    await user.click(within(downloads).getByRole('button', { name: 'Timeline (JSON)' }));
    expect(saved.name).toBe(`${flow.name} - Paid and delivered.timeline.json`);
    const timeline = JSON.parse(await saved.blob!.text());
    expect(timeline.format).toBe('orderflow.timeline');
    expect(timeline.final.status).toBe('F');

    await user.click(within(downloads).getByRole('button', { name: 'Log (CSV)' }));
    expect(saved.name).toBe(`${flow.name} - Paid and delivered.timeline.csv`);
    const csv = await saved.blob!.text();
    // The fixed columns, then each entry's wall-clock time in the design's zone.
    expect(csv.split('\r\n')[0]).toMatch(
      /^seq,at,offset,kind,status,node,detail,local \([A-Za-z_]+\/[A-Za-z_]+\)$/,
    );
    expect(csv).toContain('Your order number is ORD-2025-00001');
  });
});
