import { Panel, useConnection } from '@xyflow/react';
import type { CanvasEditing } from './editing';

/**
 * While an "after previous" edge is being drawn over a robot that refuses it, says why (another
 * status, a loop, already has a previous robot) before the user lets go.
 */
export function ConnectionHint({ editing }: { editing: Pick<CanvasEditing, 'refusal'> }) {
  const connection = useConnection();
  if (!connection.inProgress || connection.isValid !== false || !connection.toNode) return null;
  const reason = editing.refusal(connection.fromNode.id, connection.toNode.id);
  if (!reason) return null;
  return (
    <Panel position="top-center">
      <div
        role="status"
        className="flex max-w-md items-center gap-2 rounded-lg border border-rose-200 bg-danger-soft px-3 py-2 text-sm text-rose-800 shadow-md dark:border-rose-900 dark:text-rose-200"
      >
        <span aria-hidden="true" className="font-bold">
          ⊘
        </span>
        {reason}
      </div>
    </Panel>
  );
}
