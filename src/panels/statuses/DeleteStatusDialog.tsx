import type { Flow } from '../../domain/flow';
import { useTranslator } from '../../i18n/react';
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
  const { t } = useTranslator();
  if (items.length === 0) return null;
  return (
    <section>
      <h3 className="text-xs font-semibold text-fg">
        {t('inspector.status.deleteListTitle', { title, count: items.length })}
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
  const translator = useTranslator();
  const { t } = translator;
  const status = findStatus(flow, statusId);
  if (!status) return null;
  const impact = statusDeletionImpact(flow, statusId, translator);
  const empty = impact.robots.length === 0 && impact.triggers.length === 0;
  return (
    <ConfirmDialog
      title={t('inspector.status.deleteTitle', { name: status.name })}
      confirmLabel={t('inspector.status.deleteConfirm')}
      tone="danger"
      onCancel={onClose}
      onConfirm={() => {
        const result = dispatch({ type: 'status.delete', id: status.id });
        onClose();
        if (result.ok) onDeleted?.(status.id);
      }}
    >
      {empty ? <p>{t('inspector.status.deleteEmpty')}</p> : <p>{t('inspector.status.deleteGoesWith')}</p>}
      <ItemList title={t('inspector.status.deleteRobots')} items={impact.robots} />
      <ItemList title={t('inspector.status.deleteTriggers')} items={impact.triggers} />
      {impact.incoming.length > 0 && (
        <>
          <p>{t('inspector.status.deleteIncoming', { name: status.name })}</p>
          <ItemList
            title={t('inspector.status.deleteIncomingTitle')}
            items={impact.incoming}
            suffix={(i) => t('inspector.status.deleteIncomingIn', { status: impact.incoming[i]!.statusName })}
          />
        </>
      )}
      <p className="text-xs text-fg-muted">{t('inspector.status.deleteUndo')}</p>
    </ConfirmDialog>
  );
}
