import { useRef, useState } from 'react';
import type { Flow } from '../../domain/flow';
import { useTranslator } from '../../i18n/react';
import { ModalDialog } from '../../ui/ConfirmDialog';
import { buttonClass } from '../../ui/formStyles';
import { LoadPart } from '../../ui/LoadPart';
import { Menu } from './Menu';
import type { MenuItem } from './Menu';
import type { Dispatch } from './options';
import { findStatus } from './options';
import { AddStatusDialog, DeleteStatusDialog, StatusEditor } from './parts';

export interface StatusHeaderMenuProps {
  flow: Flow;
  statusId: string;
  dispatch: Dispatch;
  /** Called with the id of a status added from this menu ("Add status after"). */
  onAdded?: (statusId: string) => void;
  /** Offered as "Rename" when the host shows the name inline (StatusHeader does). */
  onRename?: () => void;
  className?: string;
}

type Open = null | 'menu' | 'edit' | 'add' | 'delete';

/** The "…" button of a lane header: rename, edit, move, add a status after it, delete. */
export function StatusHeaderMenu({
  flow,
  statusId,
  dispatch,
  onAdded,
  onRename,
  className,
}: StatusHeaderMenuProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState<Open>(null);
  const { t } = useTranslator();
  const status = findStatus(flow, statusId);
  if (!status) return null;
  const index = flow.statuses.indexOf(status);
  const move = (toIndex: number) => dispatch({ type: 'status.move', id: status.id, toIndex });
  const only = flow.statuses.length === 1;

  const items: MenuItem[] = [
    ...(onRename ? [{ label: t('inspector.status.menu.rename'), onSelect: onRename }] : []),
    { label: t('inspector.status.menu.edit'), onSelect: () => setOpen('edit') },
    {
      label: t('inspector.status.moveLeft'),
      onSelect: () => move(index - 1),
      disabled: index === 0,
      hint: 'Alt+←',
    },
    {
      label: t('inspector.status.moveRight'),
      onSelect: () => move(index + 1),
      disabled: index === flow.statuses.length - 1,
      hint: 'Alt+→',
    },
    { label: t('inspector.status.menu.addAfter'), onSelect: () => setOpen('add') },
    {
      label: t('inspector.status.delete'),
      onSelect: () => setOpen('delete'),
      disabled: only,
      hint: only ? t('inspector.status.lastOne') : undefined,
      danger: true,
    },
  ];

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-label={t('inspector.status.optionsOf', { name: status.name })}
        title={t('inspector.status.options')}
        aria-haspopup="menu"
        aria-expanded={open === 'menu'}
        className={`inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-md text-fg-muted hover:bg-surface-raised hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:hover:text-white ${className ?? ''}`}
        onClick={() => setOpen(open === 'menu' ? null : 'menu')}
        // A click on the button must not start a drag or a selection of the lane underneath.
        onMouseDown={(e) => e.stopPropagation()}
      >
        <svg
          width="16"
          height="16"
          viewBox="0 0 24 24"
          fill="currentColor"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="5" cy="12" r="1.8" />
          <circle cx="12" cy="12" r="1.8" />
          <circle cx="19" cy="12" r="1.8" />
        </svg>
      </button>
      {open === 'menu' && (
        <Menu
          label={t('inspector.status.menuLabel', { name: status.name })}
          anchor={button}
          items={items}
          onClose={() => setOpen(null)}
        />
      )}
      <LoadPart what={t('inspector.status.loading')} kind="dialog" onClose={() => setOpen(null)}>
        {open === 'edit' && (
          <ModalDialog
            title={t('inspector.status.editTitle', { name: status.name })}
            onClose={() => setOpen(null)}
            footer={
              <button type="button" className={buttonClass} onClick={() => setOpen(null)}>
                {t('inspector.status.done')}
              </button>
            }
          >
            <StatusEditor
              flow={flow}
              statusId={status.id}
              dispatch={dispatch}
              onDeleted={() => setOpen(null)}
            />
          </ModalDialog>
        )}
        {open === 'add' && (
          <AddStatusDialog
            flow={flow}
            dispatch={dispatch}
            index={index + 1}
            onAdded={onAdded}
            onClose={() => setOpen(null)}
          />
        )}
        {open === 'delete' && (
          <DeleteStatusDialog
            flow={flow}
            statusId={status.id}
            dispatch={dispatch}
            onClose={() => setOpen(null)}
          />
        )}
      </LoadPart>
    </>
  );
}
