import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../mocks/db';
import { App } from '../../src/App';
import '../../src/app/SimulatorPane';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../src/domain/samples';
import { createDesignerStore } from '../../src/store';

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
});
