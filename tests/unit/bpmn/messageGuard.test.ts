import { describe, expect, it } from 'vitest';
import type { GraphNode, Scope } from '../../../src/io/bpmn/graph';
import { duplicateMessageNames } from '../../../src/io/bpmn/graph';

/** An event sub-process waiting for `message`, as the compiler builds one per trigger type. */
const onMessage = (id: string, message: string): GraphNode => ({
  id,
  kind: 'subProcess',
  name: id,
  triggeredByEvent: true,
  scope: {
    nodes: [{ id: `${id}_start`, kind: 'startEvent', name: 'start', message, interrupting: false }],
    flows: [],
  },
});

const status = (nodes: GraphNode[]): Scope => ({
  nodes: [{ id: 'Status_N', kind: 'subProcess', name: 'New', scope: { nodes, flows: [] } }],
  flows: [],
});

// Zeebe refuses a deployment that waits for one message name twice in one scope; bpmnlint does not see it.
describe('the duplicate message name guard', () => {
  it('finds two event sub-processes of one status waiting for the same message', () => {
    const problems = duplicateMessageNames(
      status([
        onMessage('On_a', 'orderflow.payment.received'),
        onMessage('On_b', 'orderflow.payment.received'),
      ]),
    );
    expect(problems).toEqual([
      expect.stringContaining('"orderflow.payment.received" is awaited twice in New'),
    ]);
  });

  it('finds two boundary events of one element with the same message', () => {
    const boundary = (id: string): GraphNode => ({
      id,
      kind: 'boundaryEvent',
      name: id,
      attachedTo: 'Status_N',
      message: 'orderflow.webhook',
    });
    const scope = status([]);
    scope.nodes.push(boundary('B1'), boundary('B2'));
    expect(duplicateMessageNames(scope)).toEqual([
      expect.stringContaining('"orderflow.webhook" is awaited twice'),
    ]);
  });

  it('accepts one message per scope, and the same message in different statuses', () => {
    const scope = status([
      onMessage('On_a', 'orderflow.payment.received'),
      onMessage('On_b', 'orderflow.webhook'),
    ]);
    scope.nodes.push({
      id: 'Status_P',
      kind: 'subProcess',
      name: 'Paid',
      scope: { nodes: [onMessage('On_c', 'orderflow.payment.received')], flows: [] },
    });
    expect(duplicateMessageNames(scope)).toEqual([]);
  });
});
