import { useEffect, useRef, useState } from 'react';
import type { Flow } from '../../domain/flow';
import type { BpmnExportDialog as BpmnExportDialogType, BpmnExportOutcome } from './BpmnExportDialog';
import { useTranslator } from '../../i18n/react';
import { lazyPart } from '../../ui/lazyPart';
import { LoadPart } from '../../ui/LoadPart';

export interface ExportMenuProps {
  flow: Flow;
  /** Tells the user what happened (a toast). */
  notify(message: string, tone?: 'info' | 'error'): void;
  /** The page the share link opens; default the current page. */
  page?: string;
  className?: string;
}

/** The open menu's items: not on the first screen, preloaded when the page is idle (app/lazyParts.ts). */
export const ExportMenuItems = lazyPart(() => import('./ExportMenuItems').then((m) => m.ExportMenuItems));

/**
 * "Export": download NAME.orderflow.json, copy the JSON, copy a share link (flow in the fragment), or
 * download the flow compiled to BPMN 2.0 for Camunda 8 (the compiler is loaded only then).
 */
export function ExportMenu({ flow, notify, page, className = '' }: ExportMenuProps) {
  const { t } = useTranslator();
  const [open, setOpen] = useState(false);
  // The warnings dialog comes with the compiler, on demand (it is shown only after a BPMN export).
  const [bpmn, setBpmn] = useState<{
    outcome: BpmnExportOutcome;
    Dialog: typeof BpmnExportDialogType;
  } | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        className={className}
        onClick={() => setOpen(!open)}
      >
        {t('topBar.export')}
      </button>
      {open && (
        <LoadPart what={t('loading.dialog')} kind="dialog" fallback={null} onClose={() => setOpen(false)}>
          <ExportMenuItems
            flow={flow}
            notify={notify}
            page={page}
            close={() => setOpen(false)}
            showBpmnWarnings={(outcome, Dialog) => setBpmn({ outcome, Dialog })}
          />
        </LoadPart>
      )}
      {bpmn && <bpmn.Dialog outcome={bpmn.outcome} onClose={() => setBpmn(null)} />}
    </div>
  );
}
