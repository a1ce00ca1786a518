import { useState } from 'react';
import { MAX_STATUSES } from '../../domain/commands';
import { useTranslator } from '../../i18n/react';
import { buttonClass } from '../../ui/formStyles';
import { LoadPart } from '../../ui/LoadPart';
import type { AddStatusProps } from './AddStatusDialog';
import { AddStatusDialog } from './parts';

/** A button that opens the add-status form; disabled at the 50-status limit (docs/semantics.md §1). */
export function AddStatusButton({
  className = buttonClass,
  label,
  ...props
}: AddStatusProps & { className?: string; label?: string }) {
  const { t } = useTranslator();
  const [open, setOpen] = useState(false);
  const full = props.flow.statuses.length >= MAX_STATUSES;
  return (
    <>
      <button
        type="button"
        className={`${className} disabled:opacity-50`}
        disabled={full}
        title={full ? t('inspector.status.limit', { max: MAX_STATUSES }) : undefined}
        onClick={() => setOpen(true)}
      >
        {label ?? t('inspector.status.add')}
      </button>
      {open && (
        <LoadPart what={t('inspector.status.loading')} kind="dialog" onClose={() => setOpen(false)}>
          <AddStatusDialog {...props} onClose={() => setOpen(false)} />
        </LoadPart>
      )}
    </>
  );
}
