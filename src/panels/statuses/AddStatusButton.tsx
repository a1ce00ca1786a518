import { useState } from 'react';
import { MAX_STATUSES } from '../../domain/commands';
import { buttonClass } from '../../ui/formStyles';
import { LoadPart } from '../../ui/LoadPart';
import type { AddStatusProps } from './AddStatusDialog';
import { AddStatusDialog } from './parts';

/** A button that opens the add-status form; disabled at the 50-status limit (docs/semantics.md §1). */
export function AddStatusButton({
  className = buttonClass,
  label = 'Add status',
  ...props
}: AddStatusProps & { className?: string; label?: string }) {
  const [open, setOpen] = useState(false);
  const full = props.flow.statuses.length >= MAX_STATUSES;
  return (
    <>
      <button
        type="button"
        className={`${className} disabled:opacity-50`}
        disabled={full}
        title={full ? `A flow has at most ${MAX_STATUSES} statuses.` : undefined}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && (
        <LoadPart what="the status form" kind="dialog" onClose={() => setOpen(false)}>
          <AddStatusDialog {...props} onClose={() => setOpen(false)} />
        </LoadPart>
      )}
    </>
  );
}
