import { useId, useState } from 'react';
import type { Flow } from '../../domain/flow';
import type { StatusChanges } from '../../domain/commands';
import { useTranslator } from '../../i18n/react';
import { buttonClass, labelClass } from '../../ui/formStyles';
import { colorAfterMeaningChange } from '../../domain/statusNames';
import { DeleteStatusDialog } from './DeleteStatusDialog';
import { NameInput } from './NameInput';
import type { Dispatch } from './options';
import { findStatus, takenNameReason } from './options';
import { ColorPicker, SemanticsPicker } from './Pickers';

export interface StatusEditorProps {
  flow: Flow;
  statusId: string;
  dispatch: Dispatch;
  /** Called once the status is deleted (the editor then has nothing to show). */
  onDeleted?: (statusId: string) => void;
}

/**
 * Every property of one status: name, meaning, colour, position in the pipeline, and deletion.
 * Each change is one dispatched command, so each is one undo step.
 */
export function StatusEditor({ flow, statusId, dispatch, onDeleted }: StatusEditorProps) {
  const nameId = useId();
  const translator = useTranslator();
  const { t } = translator;
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const status = findStatus(flow, statusId);
  if (!status) return null;
  const index = flow.statuses.indexOf(status);
  const last = flow.statuses.length - 1;

  const update = (changes: StatusChanges) => {
    const result = dispatch({ type: 'status.update', id: status.id, changes });
    setRefusal(result.ok ? null : result.reason);
  };
  const move = (toIndex: number) => {
    const result = dispatch({ type: 'status.move', id: status.id, toIndex });
    setRefusal(result.ok ? null : result.reason);
  };

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={nameId} className={labelClass}>
          {t('inspector.status.name')}
        </label>
        <NameInput
          id={nameId}
          value={status.name}
          refuse={(name) => takenNameReason(flow, name, status.id, translator)}
          onCommit={(name) => update({ name })}
        />
      </div>
      <SemanticsPicker
        value={status.semantics}
        // A colour still set by the old meaning follows the new one; a picked colour stays.
        onChange={(semantics) => update({ semantics, color: colorAfterMeaningChange(status, semantics) })}
      />
      <ColorPicker value={status.color} onChange={(color) => update({ color })} />
      <div className="flex flex-wrap items-center gap-2">
        <span className={labelClass}>
          {t('inspector.status.position', { position: index + 1, count: flow.statuses.length })}
        </span>
        <button
          type="button"
          className={`${buttonClass} disabled:opacity-50`}
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          {t('inspector.status.moveLeft')}
        </button>
        <button
          type="button"
          className={`${buttonClass} disabled:opacity-50`}
          disabled={index === last}
          onClick={() => move(index + 1)}
        >
          {t('inspector.status.moveRight')}
        </button>
      </div>
      <div className="border-t border-border pt-3">
        <button
          type="button"
          className={`${buttonClass} text-rose-700 disabled:opacity-50 dark:text-rose-300`}
          disabled={flow.statuses.length === 1}
          title={flow.statuses.length === 1 ? t('inspector.status.lastOne') : undefined}
          onClick={() => setConfirming(true)}
        >
          {t('inspector.status.delete')}
        </button>
      </div>
      {refusal && (
        <p role="alert" className="text-xs text-danger">
          {refusal}
        </p>
      )}
      {confirming && (
        <DeleteStatusDialog
          flow={flow}
          statusId={status.id}
          dispatch={dispatch}
          onClose={() => setConfirming(false)}
          onDeleted={onDeleted}
        />
      )}
    </div>
  );
}
