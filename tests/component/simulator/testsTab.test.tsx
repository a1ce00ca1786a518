import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimulatorPanel } from '../../../src/panels/simulator';
import type { SimulationRequest, SimulationResponse, WorkerLike } from '../../../src/sim';
import { createSimulationClient, runSuite } from '../../../src/sim';
import { flow, sample } from './harness';

/*
 * The Tests tab hands the scenarios to the simulation worker and shows its progress; here the worker
 * is a stand-in the test answers by hand, so what the page shows between two answers can be seen.
 */
function handWorker() {
  const posted: SimulationRequest[] = [];
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => void posted.push(request),
    terminate: () => undefined,
  };
  const answer = (response: SimulationResponse) =>
    worker.onmessage?.({ data: response } as MessageEvent<SimulationResponse>);
  return { worker, posted, answer };
}

const scenarios = [sample('paid-and-delivered'), sample('never-paid'), sample('no-mobile-phone')];

function renderTests() {
  const hand = handWorker();
  const user = userEvent.setup();
  render(
    <SimulatorPanel
      flow={flow}
      scenarios={scenarios}
      client={createSimulationClient({ worker: () => hand.worker })}
    />,
  );
  return { user, ...hand };
}

describe('the Tests tab runs in the simulation worker', () => {
  it('shows progress while the worker runs the scenarios, then the summary it sends', async () => {
    const { user, posted, answer } = renderTests();
    await user.click(screen.getByRole('tab', { name: 'Tests' }));
    await user.click(screen.getByRole('button', { name: 'Run all scenarios' }));
    const request = posted.find((m) => m.type === 'suite')!;
    expect(request).toMatchObject({ type: 'suite', flow: { id: flow.id } });
    expect(screen.getByRole('button', { name: 'Run all scenarios' })).toBeDisabled();

    answer({ type: 'progress', id: request.id, done: 1, total: 3 });
    expect(await screen.findByText('Running 1 of 3 scenarios…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Scenarios run' })).toHaveAttribute('value', '1');

    answer({ type: 'suite', id: request.id, outcome: runSuite(flow, scenarios) });
    expect(await screen.findByText(/3 of 3 scenarios pass/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Test results' })).toHaveTextContent('PASS Never paid');
    expect(
      within(screen.getByRole('region', { name: 'Coverage' })).getByText(/Robots never done/),
    ).toBeInTheDocument();
  });

  it('Cancel tests stops the worker and leaves the tab ready to run again', async () => {
    const { user, posted, answer } = renderTests();
    await user.click(screen.getByRole('tab', { name: 'Tests' }));
    await user.click(screen.getByRole('button', { name: 'Run all scenarios' }));
    const request = posted.find((m) => m.type === 'suite')!;
    answer({ type: 'progress', id: request.id, done: 2, total: 3 });
    await user.click(await screen.findByRole('button', { name: 'Cancel tests' }));
    expect(posted.at(-1)).toEqual({ type: 'cancel', id: request.id });
    expect(screen.queryByText(/Running/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run all scenarios' })).toBeEnabled();
    // A late answer of the cancelled suite is dropped.
    answer({ type: 'suite', id: request.id, outcome: runSuite(flow, scenarios) });
    expect(screen.queryByText(/scenarios pass/)).not.toBeInTheDocument();
  });

  it('a worker that fails says so', async () => {
    const { user, posted, answer } = renderTests();
    await user.click(screen.getByRole('tab', { name: 'Tests' }));
    await user.click(screen.getByRole('button', { name: 'Run all scenarios' }));
    const request = posted.find((m) => m.type === 'suite')!;
    answer({ type: 'error', id: request.id, message: 'The simulation worker stopped' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The tests could not run: The simulation worker stopped',
    );
  });
});
