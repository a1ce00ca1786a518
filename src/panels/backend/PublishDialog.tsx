import { useMemo } from 'react';
import { diffFlows } from '../../domain/diff';
import type { Flow } from '../../domain/flow';
import { ModalDialog, primaryButtonClass } from '../../ui/ConfirmDialog';
import { buttonClass } from '../../ui/formStyles';
import { ChangeList } from './ChangeList';

export type PublishDialogProps = { busy?: boolean; onClose(): void } & (
  | {
      step: 'review';
      flow: Flow;
      /** What is live now; null before the first publish. */
      published: Flow | null;
      publishedRevision: number | null;
      revision: number;
      onConfirm(): void;
    }
  | { step: 'refused'; problems: { path: string; message: string }[] }
);

/** Diff before publish (against the last published revision), or the errors that refuse it. */
export function PublishDialog(props: PublishDialogProps) {
  const changes = useMemo(
    () => (props.step === 'review' && props.published ? diffFlows(props.published, props.flow) : null),
    [props],
  );

  if (props.step === 'refused')
    return (
      <ModalDialog
        title="This design cannot be published yet"
        onClose={props.onClose}
        footer={
          <button type="button" className={buttonClass} onClick={props.onClose}>
            Close
          </button>
        }
      >
        <p className="mb-2 text-sm">Fix these errors first (they are also in the problems panel):</p>
        <ul aria-label="Errors" className="list-disc space-y-1 pl-5 text-sm">
          {props.problems.map((p, i) => (
            <li key={`${p.path}-${i}`}>
              {p.message} <code className="text-xs text-fg-subtle">{p.path}</code>
            </li>
          ))}
        </ul>
      </ModalDialog>
    );

  return (
    <ModalDialog
      title={`Publish revision ${props.revision}?`}
      onClose={props.onClose}
      className="max-w-xl"
      footer={
        <>
          <button type="button" className={buttonClass} onClick={props.onClose}>
            Cancel
          </button>
          <button
            type="button"
            className={primaryButtonClass}
            disabled={props.busy}
            onClick={props.onConfirm}
          >
            Publish
          </button>
        </>
      }
    >
      {changes ? (
        <>
          <p className="mb-2 text-sm">Changes since the published revision {props.publishedRevision}:</p>
          <ChangeList label="Changes since the last publish" changes={changes} />
        </>
      ) : (
        <p className="text-sm">Nothing of this flow is published yet; everything in it goes live.</p>
      )}
    </ModalDialog>
  );
}
