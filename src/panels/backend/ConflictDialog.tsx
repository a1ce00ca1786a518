import { useMemo } from 'react';
import type { Flow } from '../../domain/flow';
import { conflictChanges } from '../../io/api';
import type { ConflictChoice, ServerFlowVersion } from '../../io/api';
import { ModalDialog, primaryButtonClass } from '../../ui/ConfirmDialog';
import { buttonClass } from '../../ui/formStyles';
import { useTranslator } from '../../i18n/react';
import { ChangeList } from './ChangeList';

export interface ConflictDialogProps {
  mine: Flow;
  theirs: ServerFlowVersion;
  busy?: boolean;
  onChoose(choice: ConflictChoice): void;
  /** Closing decides nothing: the open design stays, unsaved. */
  onClose(): void;
}

/** Someone saved first (409): reload theirs, overwrite with mine, or save mine as a copy. */
export function ConflictDialog({ mine, theirs, busy = false, onChoose, onClose }: ConflictDialogProps) {
  const translator = useTranslator();
  const { t } = translator;
  const changes = useMemo(() => conflictChanges(mine, theirs, { t: translator }), [mine, theirs, translator]);
  return (
    <ModalDialog
      title={t('dialogs.conflict.title')}
      onClose={onClose}
      className="max-w-xl"
      footer={
        <>
          <button
            type="button"
            className={buttonClass}
            disabled={busy}
            onClick={() => onChoose('reload-theirs')}
          >
            {t('dialogs.conflict.reload')}
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={busy}
            onClick={() => onChoose('save-as-copy')}
          >
            {t('dialogs.conflict.copy')}
          </button>
          <button
            type="button"
            className={primaryButtonClass}
            disabled={busy}
            onClick={() => onChoose('overwrite')}
          >
            {t('dialogs.conflict.overwrite')}
          </button>
        </>
      }
    >
      <p className="mb-2 text-sm">
        {t('dialogs.conflict.body', { revision: theirs.revision, name: mine.name })}
      </p>
      <ChangeList label={t('dialogs.conflict.changes')} changes={changes} />
    </ModalDialog>
  );
}
