import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import type { Flow } from '../../../src/domain/flow';
import { robotId, statusId } from '../../../src/domain/ids';
import { AddStatusButton, StatusHeader } from '../../../src/panels/statuses';
import { DesignerStoreProvider, createDesignerStore, useDesigner } from '../../../src/store';
import { sampleFlow } from '../../unit/commands/helpers';

/**
 * The sample flow (Accepted, Paid, Canceled) plus a "Change status" robot in Accepted that moves
 * orders to Paid, so deleting Paid has something pointing at it from elsewhere.
 */
export function flowWithIncomingMove(): Flow {
  const flow = sampleFlow();
  const result = applyCommand(flow, {
    type: 'robot.add',
    robot: {
      id: robotId('toPaid'),
      type: 'order.status',
      status: statusId('A'),
      name: 'Move to Paid',
      after: null,
      delay: { type: 'immediate' },
      settings: { statusId: 'B' },
    },
  });
  if (!result.ok) throw new Error(result.reason);
  return result.flow;
}

/** Lane headers as a host would mount them, over a real store. */
function Board({ onAdded }: { onAdded: (id: string) => void }) {
  const flow = useDesigner((s) => s.flow);
  const dispatch = useDesigner((s) => s.dispatch);
  return (
    <div>
      {flow.statuses.map((s) => (
        <section key={s.id} aria-label={`Lane ${s.name}`}>
          <StatusHeader flow={flow} statusId={s.id} dispatch={dispatch} onAdded={onAdded} />
        </section>
      ))}
      <AddStatusButton flow={flow} dispatch={dispatch} onAdded={onAdded} />
    </div>
  );
}

export function renderBoard(flow: Flow = flowWithIncomingMove()) {
  const store = createDesignerStore(flow);
  const onAdded = vi.fn();
  const user = userEvent.setup();
  render(
    <DesignerStoreProvider store={store}>
      <Board onAdded={onAdded} />
    </DesignerStoreProvider>,
  );
  const names = () => store.getState().flow.statuses.map((s) => s.name);
  const status = (id: string) => store.getState().flow.statuses.find((s) => s.id === id);
  return { store, user, onAdded, names, status, original: flow };
}
