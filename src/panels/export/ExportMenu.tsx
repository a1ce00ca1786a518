import { useEffect, useRef, useState } from 'react';
import type { Flow } from '../../domain/flow';
import { bpmnFileName, copyText, downloadFile, flowExport, shareUrl } from '../../io/exchange';
import { storedScenarios, withScenarios } from '../../store';
import type { BpmnExportDialog as BpmnExportDialogType, BpmnExportOutcome } from './BpmnExportDialog';
import { useTranslator } from '../../i18n/react';

export interface ExportMenuProps {
  flow: Flow;
  /** Tells the user what happened (a toast). */
  notify(message: string, tone?: 'info' | 'error'): void;
  /** The page the share link opens; default the current page. */
  page?: string;
  className?: string;
}

const localStore = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

const itemClass =
  'block w-full rounded px-3 py-1.5 text-left text-sm text-fg-soft hover:bg-surface-raised focus-visible:bg-surface-raised focus-visible:outline-none';

/**
 * "Export": download NAME.orderflow.json, copy the JSON, copy a share link (flow in the fragment), or
 * download the flow compiled to BPMN 2.0 for Camunda 8 (the compiler is loaded only then).
 */
export function ExportMenu({ flow, notify, page, className = '' }: ExportMenuProps) {
  const translator = useTranslator();
  const { t } = translator;
  const [open, setOpen] = useState(false);
  // The warnings dialog comes with the compiler, on demand (it is shown only after a BPMN export).
  const [bpmn, setBpmn] = useState<{
    outcome: BpmnExportOutcome;
    Dialog: typeof BpmnExportDialogType;
  } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // Serialized only while the menu is open: pretty-printing a design of thousands of robots on every
  // edit would hold up each keystroke.
  // The scenarios travel with the design (its optional `scenarios` list): the ones this browser
  // keeps for it, else those it came with.
  const travelling = open ? withScenarios(flow, storedScenarios(localStore(), flow.id)) : flow;
  const file = open ? flowExport(travelling) : null;

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const run = (action: () => void | Promise<void>) => {
    setOpen(false);
    void action();
  };

  const copy = async (text: string, what: 'json' | 'link') => {
    if (await copyText(text)) notify(t(`export.copied.${what}`));
    else notify(t(`export.notCopied.${what}`), 'error');
  };

  const exportBpmn = async () => {
    try {
      const [{ exportFlowToBpmn }, { BpmnExportDialog }] = await Promise.all([
        import('../../io/bpmn'),
        import('./BpmnExportDialog'),
      ]);
      const { xml, warnings } = await exportFlowToBpmn(flow, translator);
      const fileName = bpmnFileName(flow);
      downloadFile({ fileName, text: xml, mimeType: 'application/xml' });
      if (warnings.length > 0) setBpmn({ outcome: { fileName, warnings }, Dialog: BpmnExportDialog });
      else notify(t('export.bpmn.done', { fileName }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      notify(t('export.bpmn.failed', { reason }), 'error');
    }
  };

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
        <div
          role="menu"
          aria-label={t('topBar.export')}
          className="absolute right-0 z-30 mt-1 w-72 rounded-md border border-border bg-surface p-1 shadow-lg"
        >
          <button
            type="button"
            role="menuitem"
            className={itemClass}
            onClick={() => run(() => downloadFile(file!))}
          >
            {t('export.download', { fileName: file!.fileName })}
          </button>
          <button
            type="button"
            role="menuitem"
            className={itemClass}
            onClick={() => run(() => copy(file!.text, 'json'))}
          >
            {t('export.copyJson')}
          </button>
          <button
            type="button"
            role="menuitem"
            className={itemClass}
            onClick={() =>
              run(async () => copy(await shareUrl(travelling, page ?? window.location.href), 'link'))
            }
          >
            {t('export.copyLink')}
          </button>
          <button type="button" role="menuitem" className={itemClass} onClick={() => run(exportBpmn)}>
            {t('export.bpmn')}
          </button>
        </div>
      )}
      {bpmn && <bpmn.Dialog outcome={bpmn.outcome} onClose={() => setBpmn(null)} />}
    </div>
  );
}
