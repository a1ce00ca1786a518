import { useMemo } from 'react';
import type { Flow } from '../../domain/flow';
import { conflictChanges } from '../../io/api';
import type { ConflictChoice, ServerFlowVersion } from '../../io/api';
import { ModalDialog, primaryButtonClass } from '../../ui/ConfirmDialog';
import { buttonClass } from '../../ui/formStyles';
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
  const changes = useMemo(() => conflictChanges(mine, theirs), [mine, theirs]);
  return (
    <ModalDialog
      title="Someone else saved this flow"
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
            Reload theirs
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={busy}
            onClick={() => onChoose('save-as-copy')}
          >
            Save mine as a copy
          </button>
          <button
            type="button"
            className={primaryButtonClass}
            disabled={busy}
            onClick={() => onChoose('overwrite')}
          >
            Overwrite with mine
          </button>
        </>
      }
    >
      <p className="mb-2 text-sm">
        The server has revision {theirs.revision}, saved after you opened “{mine.name}”. Your design is still
        open and nothing is lost. Your version compared with theirs:
      </p>
      <ChangeList label="Your changes compared with theirs" changes={changes} />
    </ModalDialog>
  );
}
