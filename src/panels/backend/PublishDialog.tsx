import { useMemo } from 'react';
import { diffFlows } from '../../domain/diff';
import type { Flow } from '../../domain/flow';
import { ModalDialog, primaryButtonClass } from '../../ui/ConfirmDialog';
import { buttonClass } from '../../ui/formStyles';
import type { LintProblem } from '../../domain/lint';
import { ProblemsPanel } from '../problems';
import type { ProblemLocation } from '../problems';
import { useTranslator } from '../../i18n/react';
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
  | {
      step: 'refused';
      /** The errors, listed as the problems panel lists them. */
      problems: LintProblem[];
      /** The design they were found in, to name their cards. */
      flow: Flow;
      /** A row was chosen: the dialog closes and the card is selected and shown. */
      onReveal(problem: LintProblem, location: ProblemLocation): void;
    }
);

/** Diff before publish (against the last published revision), or the errors that refuse it. */
export function PublishDialog(props: PublishDialogProps) {
  const translator = useTranslator();
  const { t } = translator;
  const changes = useMemo(
    () =>
      props.step === 'review' && props.published
        ? diffFlows(props.published, props.flow, { t: translator })
        : null,
    [props, translator],
  );

  if (props.step === 'refused')
    return (
      <ModalDialog
        title={t('dialogs.publish.refused.title')}
        onClose={props.onClose}
        footer={
          <button type="button" className={buttonClass} onClick={props.onClose}>
            {t('common.close')}
          </button>
        }
      >
        <p className="mb-2 text-sm">{t('dialogs.publish.refused.intro')}</p>
        <ProblemsPanel
          problems={props.problems}
          flow={props.flow}
          onReveal={(problem, location) => {
            props.onClose();
            props.onReveal(problem, location);
          }}
          className="max-h-80 rounded-md border border-border-subtle"
        />
      </ModalDialog>
    );

  return (
    <ModalDialog
      title={t('dialogs.publish.title', { revision: props.revision })}
      onClose={props.onClose}
      className="max-w-xl"
      footer={
        <>
          <button type="button" className={buttonClass} onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={primaryButtonClass}
            disabled={props.busy}
            onClick={props.onConfirm}
          >
            {t('dialogs.publish.confirm')}
          </button>
        </>
      }
    >
      {changes ? (
        <>
          <p className="mb-2 text-sm">
            {t('dialogs.publish.since', { revision: props.publishedRevision ?? 0 })}
          </p>
          <ChangeList label={t('dialogs.publish.changes')} changes={changes} />
        </>
      ) : (
        <p className="text-sm">{t('dialogs.publish.first')}</p>
      )}
    </ModalDialog>
  );
}
