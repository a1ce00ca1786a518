import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Command, CommandResult } from '../../../src/domain/commands';
import { applyCommand } from '../../../src/domain/commands';
import type { Flow } from '../../../src/domain/flow';
import type { LintProblem } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { Inspector } from '../../../src/panels/inspector';

/**
 * The inspector over a real document: dispatch applies commands with the domain's applyCommand, as
 * the store does, and the panel re-renders with the new flow. Every command and result is recorded.
 */
export function renderInspector(
  initial: Flow,
  selectedId: string | null,
  options: {
    problems?: (flow: Flow) => readonly LintProblem[];
    /** Replace the real dispatch, e.g. to simulate a refusal. */
    dispatch?: (command: Command) => CommandResult;
  } = {},
) {
  const log: { command: Command; result: CommandResult }[] = [];
  let current = initial;
  function Harness() {
    const [flow, setFlow] = useState(initial);
    const dispatch = (command: Command) => {
      const result = options.dispatch ? options.dispatch(command) : applyCommand(current, command);
      log.push({ command, result });
      if (result.ok) {
        current = result.flow;
        setFlow(result.flow);
      }
      return result;
    };
    return (
      <Inspector
        flow={flow}
        selectedId={selectedId}
        environment={DEFAULT_ENVIRONMENT}
        dispatch={dispatch}
        problems={options.problems?.(flow)}
        apiBaseUrl="https://shop.example"
      />
    );
  }
  const user = userEvent.setup();
  const view = render(<Harness />);
  return { ...view, user, log, flow: () => current };
}

/** user-event reads `{` and `[` as key descriptors; this types them literally. */
export const literal = (text: string) => text.replace(/[{[]/g, (c) => c + c);
