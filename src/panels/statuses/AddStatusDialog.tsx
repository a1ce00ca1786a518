import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Flow, Status } from '../../domain/flow';
import type { StatusSemantics } from '../../domain/types';
import { mintId, statusId as asStatusId } from '../../domain/ids';
import { ModalDialog, primaryButtonClass } from '../../ui/ConfirmDialog';
import { useTranslator } from '../../i18n/react';
import { buttonClass, inputClass, labelClass } from '../../ui/formStyles';
import type { Dispatch } from './options';
import { takenNameReason } from './options';
import { MEANING_COLORS } from '../../domain/statusNames';
import { ColorPicker, SemanticsPicker } from './Pickers';

export interface AddStatusProps {
  flow: Flow;
  dispatch: Dispatch;
  /** Where the new status goes in the pipeline; at the end when absent. */
  index?: number;
  /** Called with the new status's id, e.g. to select and reveal its lane. */
  onAdded?: (statusId: string) => void;
}

/**
 * A readable id from the name ("awaiting-pickup-1"), unique across statuses, robots and triggers,
 * which share one id space in the layout.
 */
export function newStatusId(flow: Flow, name: string): string {
  return mintId(flow, name.toLowerCase() || 'status');
}

/** The "new status" form in a dialog: a name no other status has, a meaning, and a colour that follows it. */
export function AddStatusDialog({
  flow,
  dispatch,
  index,
  onAdded,
  onClose,
}: AddStatusProps & { onClose: () => void }) {
  const nameId = useId();
  const translator = useTranslator();
  const { t } = translator;
  const errorId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [semantics, setSemantics] = useState<StatusSemantics>('process');
  // Null until the user picks a colour: until then the colour follows the meaning.
  const [picked, setPicked] = useState<string | null>(null);
  const color = picked ?? MEANING_COLORS[semantics];
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError(t('inspector.status.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    const taken = takenNameReason(flow, trimmed, undefined, translator);
    if (taken !== null) {
      setError(taken);
      nameRef.current?.focus();
      return;
    }
    const status: Status = { id: asStatusId(newStatusId(flow, trimmed)), name: trimmed, semantics, color };
    const result = dispatch({ type: 'status.add', status, ...(index === undefined ? {} : { index }) });
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    onClose();
    onAdded?.(status.id);
  };

  return (
    <ModalDialog title={t('inspector.status.add')} onClose={onClose} initialFocus={nameRef}>
      <form className="space-y-3" onSubmit={submit} noValidate>
        <div className="space-y-1">
          <label htmlFor={nameId} className={labelClass}>
            {t('inspector.status.name')}
          </label>
          <input
            ref={nameRef}
            id={nameId}
            className={inputClass}
            value={name}
            maxLength={120}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(
                e.target.value.trim() === ''
                  ? null
                  : takenNameReason(flow, e.target.value, undefined, translator),
              );
            }}
          />
          {error && (
            <p id={errorId} role="alert" className="text-[11px] text-danger">
              {error}
            </p>
          )}
        </div>
        <SemanticsPicker value={semantics} onChange={setSemantics} />
        <ColorPicker value={color} onChange={setPicked} />
        <div className="flex justify-end gap-2 pt-2">
          <button type="button" className={buttonClass} onClick={onClose}>
            {t('inspector.status.cancel')}
          </button>
          <button type="submit" className={primaryButtonClass}>
            {t('inspector.status.add')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
