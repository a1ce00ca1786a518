import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import type { Scenario } from '../../../src/domain/scenario';
import { ScenarioEditor } from '../../../src/panels/simulator';

export const flow = DEFAULT_FLOW;

export function sample(slug: string): Scenario {
  return structuredClone(SAMPLE_SCENARIOS.find((s) => s.slug === slug)!.scenario);
}

/** The editor with its scenario in state, as the app holds it; `latest()` is what the app would keep. */
export function renderEditor(initial: Scenario = sample('paid-and-delivered')) {
  const changes = vi.fn<(s: Scenario) => void>();
  function Harness() {
    const [scenario, setScenario] = useState(initial);
    return (
      <ScenarioEditor
        flow={flow}
        scenario={scenario}
        onChange={(next) => {
          changes(next);
          setScenario(next);
        }}
      />
    );
  }
  const user = userEvent.setup();
  render(<Harness />);
  const latest = () => changes.mock.lastCall![0];
  return { user, latest, changes };
}
