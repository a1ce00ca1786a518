import type { BpmnExportWarning } from '../../io/bpmn/types';
import { ModalDialog } from '../../ui/ConfirmDialog';
import { buttonClass } from '../../ui/formStyles';
import { useTranslator } from '../../i18n/react';

export interface BpmnExportOutcome {
  fileName: string;
  warnings: BpmnExportWarning[];
}

/**
 * After a BPMN export that met something BPMN cannot say exactly (working-hours delays, …): the
 * file is downloaded, and this lists what a Camunda 8 deployment will do differently.
 */
export function BpmnExportDialog({ outcome, onClose }: { outcome: BpmnExportOutcome; onClose(): void }) {
  const count = outcome.warnings.length;
  const { t } = useTranslator();
  return (
    <ModalDialog
      title={t('export.bpmn.title', { count })}
      onClose={onClose}
      className="max-w-xl"
      footer={
        <button type="button" className={buttonClass} onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <p className="mb-2 text-sm">{t('export.bpmn.intro', { fileName: outcome.fileName })}</p>
      <ul aria-label={t('export.bpmn.warnings')} className="list-disc space-y-1 pl-5 text-sm">
        {outcome.warnings.map((w, i) => (
          // The compiler's sentences name the robot or trigger already.
          <li key={i}>
            {w.message} <span className="text-xs text-fg-subtle">({w.code})</span>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
