import type { Flow } from '../../domain/flow';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { statusDeletionImpact } from './impact';
import type { ImpactItem } from './impact';
import type { Dispatch } from './options';
import { findStatus } from './options';

interface DeleteStatusDialogProps {
  flow: Flow;
  statusId: string;
  dispatch: Dispatch;
  onClose: () => void;
  /** Called after the status is gone, e.g. to close an editor that showed it. */
  onDeleted?: (statusId: string) => void;
}

function ItemList({
  title,
  items,
  suffix,
}: {
  title: string;
  items: ImpactItem[];
  suffix?: (i: number) => string;
}) {
  if (items.length === 0) return null;
  return (
    <section>
      <h3 className="text-xs font-semibold text-fg">
        {title} ({items.length})
      </h3>
      <ul aria-label={title} className="mt-1 list-disc space-y-0.5 pl-5">
        {items.map((item, i) => (
          <li key={item.id}>
            {item.label}
            {suffix?.(i)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Asks before deleting a status and lists, by name, everything that goes with it, plus the robots
 * elsewhere that will point at a status that no longer exists. Undo brings it all back.
 */
export function DeleteStatusDialog({
  flow,
  statusId,
  dispatch,
  onClose,
  onDeleted,
}: DeleteStatusDialogProps) {
  const status = findStatus(flow, statusId);
  if (!status) return null;
  const impact = statusDeletionImpact(flow, statusId);
  const empty = impact.robots.length === 0 && impact.triggers.length === 0;
  return (
    <ConfirmDialog
      title={`Delete status “${status.name}”?`}
      confirmLabel="Delete status"
      tone="danger"
      onCancel={onClose}
      onConfirm={() => {
        const result = dispatch({ type: 'status.delete', id: status.id });
        onClose();
        if (result.ok) onDeleted?.(status.id);
      }}
    >
      {empty ? <p>The status holds no robots or triggers.</p> : <p>These go with it:</p>}
      <ItemList title="Robots" items={impact.robots} />
      <ItemList title="Triggers" items={impact.triggers} />
      {impact.incoming.length > 0 && (
        <>
          <p>These robots in other statuses move orders to “{status.name}” and will need a new target:</p>
          <ItemList
            title="Robots moving orders here"
            items={impact.incoming}
            suffix={(i) => ` — in “${impact.incoming[i]!.statusName}”`}
          />
        </>
      )}
      <p className="text-xs text-fg-muted">You can undo this.</p>
    </ConfirmDialog>
  );
}
