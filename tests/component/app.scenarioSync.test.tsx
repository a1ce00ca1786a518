import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../mocks/db';
import { server } from '../../mocks/node';
import { App } from '../../src/App';
import '../../src/app/SimulatorPane';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../src/domain/samples';
import { createDesignerStore, scenariosStorageKey } from '../../src/store';

/* The scenarios of a flow kept on the backend (mocked, /api/flows/{id}/scenarios), the browser copy as fallback. */

beforeEach(() => {
  localStorage.clear();
  db.reset();
});

async function openSimulator() {
  const user = userEvent.setup();
  render(<App store={createDesignerStore(DEFAULT_FLOW)} />);
  await screen.findByRole('region', { name: 'Shipped' });
  await user.click(screen.getByRole('button', { name: 'Simulate' }));
  const simulator = await screen.findByRole('complementary', { name: 'Simulator' }, { timeout: 10_000 });
  return { user, simulator };
}

const names = (simulator: HTMLElement) =>
  within(within(simulator).getByRole('listbox', { name: 'Scenario' }))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('scenarios on the backend', { timeout: 30_000 }, () => {
  it("a flow opened with none in this browser takes the server's scenarios", async () => {
    db.putScenario(DEFAULT_FLOW.id, 'scenario-001', 'From the server', {
      ...SAMPLE_SCENARIOS[1]!.scenario,
      name: 'From the server',
    });
    const { simulator } = await openSimulator();
    await waitFor(() => expect(names(simulator)).toEqual(['From the server']));
  });

  it('an edit is sent to the server a moment later', async () => {
    const { user, simulator } = await openSimulator();
    expect(db.scenarios(DEFAULT_FLOW.id)).toEqual([]);
    await user.click(within(simulator).getByRole('button', { name: 'Duplicate' }));
    await waitFor(() => expect(db.scenarios(DEFAULT_FLOW.id)).toHaveLength(4), { timeout: 5_000 });
  });

  const failures = [
    ['the network is down', () => HttpResponse.error(), 'the server could not be reached'],
    [
      'a server error',
      () => HttpResponse.json({ message: 'Injected' }, { status: 503 }),
      'the server had a problem (error 503)',
    ],
    [
      'a conflict',
      () => HttpResponse.json({ message: 'Changed' }, { status: 409 }),
      'someone changed them on the server at the same time',
    ],
    [
      'a refusal',
      () => HttpResponse.json({ message: 'Forbidden' }, { status: 403 }),
      'you are not allowed to change the scenarios of this flow',
    ],
  ] as const;

  it.each(failures)(
    'a failed save (%s) says what failed, keeps the scenarios here, and a retry that works clears it',
    async (_, answer, what) => {
      server.use(http.put('*/api/flows/:id/scenarios/:scenarioId', answer));
      const { user, simulator } = await openSimulator();
      await user.click(within(simulator).getByRole('button', { name: 'Duplicate' }));
      const alert = await within(simulator).findByRole('alert', {}, { timeout: 5_000 });
      expect(alert).toHaveTextContent(`Scenarios not saved to the server: ${what}.`);
      expect(alert).toHaveTextContent('They are kept in this browser.');
      // Never lost: the browser copy and the list keep all four.
      expect(JSON.parse(localStorage.getItem(scenariosStorageKey(DEFAULT_FLOW.id))!)).toHaveLength(4);
      expect(names(simulator)).toHaveLength(4);

      // The server is back: Retry sends them, and the message goes.
      server.resetHandlers();
      await user.click(within(alert).getByRole('button', { name: 'Retry saving scenarios' }));
      await waitFor(() => expect(db.scenarios(DEFAULT_FLOW.id)).toHaveLength(4));
      await waitFor(() => expect(within(simulator).queryByRole('alert')).not.toBeInTheDocument());
    },
  );

  it('a later edit that saves clears the message too', async () => {
    server.use(http.put('*/api/flows/:id/scenarios/:scenarioId', () => HttpResponse.error()));
    const { user, simulator } = await openSimulator();
    await user.click(within(simulator).getByRole('button', { name: 'Duplicate' }));
    expect(await within(simulator).findByRole('alert', {}, { timeout: 5_000 })).toHaveTextContent(
      'the server could not be reached',
    );
    server.resetHandlers();
    await user.click(within(simulator).getByRole('button', { name: 'Duplicate' }));
    await waitFor(() => expect(db.scenarios(DEFAULT_FLOW.id)).toHaveLength(5), { timeout: 5_000 });
    await waitFor(() => expect(within(simulator).queryByRole('alert')).not.toBeInTheDocument());
  });

  it('a flow the server does not have is not a failure: no message', async () => {
    server.use(
      http.put('*/api/flows/:id/scenarios/:scenarioId', () =>
        HttpResponse.json({ message: 'No such flow' }, { status: 404 }),
      ),
    );
    const { user, simulator } = await openSimulator();
    let asked = false;
    server.events.on('request:end', ({ request }) => {
      if (request.method === 'PUT') asked = true;
    });
    await user.click(within(simulator).getByRole('button', { name: 'Duplicate' }));
    await waitFor(() => expect(asked).toBe(true), { timeout: 5_000 });
    expect(within(simulator).queryByRole('alert')).not.toBeInTheDocument();
    server.events.removeAllListeners();
  });
});
