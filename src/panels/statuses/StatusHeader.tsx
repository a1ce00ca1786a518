import { useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { Flow } from '../../domain/flow';
import { useTranslator } from '../../i18n/react';
import { Badge } from '../../ui/Badge';
import { fullText } from '../../ui/FullText';
import { shortcutFor } from '../../ui/keyboard';
import { handleStatusReorderKey } from './keys';
import { NameInput } from './NameInput';
import type { Dispatch } from './options';
import { findStatus, semanticsLabel, takenNameReason } from './options';
import { StatusHeaderMenu } from './StatusHeaderMenu';

export interface StatusHeaderProps {
  flow: Flow;
  statusId: string;
  dispatch: Dispatch;
  onAdded?: (statusId: string) => void;
  /** Extra content under the name, e.g. the lane's robot and trigger counts. */
  children?: ReactNode;
  className?: string;
  /** While a simulation is shown the design is locked: no rename, reorder or options menu. */
  readOnly?: boolean;
}

/**
 * A lane header the keyboard can work: focus it and press Alt+←/→ to move the status, F2 (or
 * double-click the name) to rename inline, or open its options menu. Self-contained: it reads the
 * status from `flow` and edits only through `dispatch`.
 */
export function StatusHeader({
  flow,
  statusId,
  dispatch,
  onAdded,
  children,
  className = '',
  readOnly = false,
}: StatusHeaderProps) {
  const [renaming, setRenaming] = useState(false);
  const translator = useTranslator();
  const { t } = translator;
  const status = findStatus(flow, statusId);
  if (!status) return null;
  const position = flow.statuses.indexOf(status) + 1;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Only keys aimed at the header itself; the rename box and the menu button handle their own.
    if (event.target !== event.currentTarget || readOnly) return;
    if (handleStatusReorderKey(event, flow, status.id, dispatch)) return;
    if (shortcutFor('status', event) === 'renameStatus') {
      event.preventDefault();
      setRenaming(true);
    }
  };

  return (
    <div
      role="group"
      tabIndex={0}
      aria-label={t('inspector.status.header', { name: status.name, position, count: flow.statuses.length })}
      aria-keyshortcuts={readOnly ? undefined : 'Alt+ArrowLeft Alt+ArrowRight F2'}
      aria-roledescription={t('inspector.status.headerRole')}
      onKeyDown={onKeyDown}
      className={`rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 ${className}`}
    >
      <div className="flex items-start gap-2">
        <span
          className="mt-1 h-2.5 w-2.5 shrink-0 rounded-full"
          style={{ background: status.color }}
          aria-hidden="true"
        />
        <div className="min-w-0 flex-1">
          {renaming && !readOnly ? (
            <NameInput
              value={status.name}
              label={t('inspector.status.rename', { name: status.name })}
              autoFocus
              refuse={(name) => takenNameReason(flow, name, status.id, translator)}
              onCommit={(name) => dispatch({ type: 'status.update', id: status.id, changes: { name } })}
              onDone={() => setRenaming(false)}
            />
          ) : (
            <h2
              data-name=""
              className="line-clamp-2 break-words text-sm font-semibold leading-[18px] text-fg"
              {...fullText(status.name)}
              title={readOnly ? status.name : t('inspector.status.renameHint', { name: status.name })}
              onDoubleClick={readOnly ? undefined : () => setRenaming(true)}
            >
              {status.name}
            </h2>
          )}
        </div>
        {!readOnly && (
          <StatusHeaderMenu
            flow={flow}
            statusId={status.id}
            dispatch={dispatch}
            onAdded={onAdded}
            onRename={() => setRenaming(true)}
          />
        )}
      </div>
      <div className="mt-1 flex min-w-0 items-center gap-2">
        <Badge tone={status.semantics}>{semanticsLabel(status.semantics, translator)}</Badge>

        {children}
      </div>
    </div>
  );
}
