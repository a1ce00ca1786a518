import { useEffect, useRef } from 'react';
import { bpmnFileName, copyText, downloadFile, flowExport, shareUrl } from '../../io/exchange';
import { storedScenarios, withScenarios } from '../../store';
import type { BpmnExportDialog as BpmnExportDialogType, BpmnExportOutcome } from './BpmnExportDialog';
import type { ExportMenuProps } from './ExportMenu';
import { useTranslator } from '../../i18n/react';

/*
 * The open Export menu's items and what they do, in a chunk of their own (loaded when the page is
 * idle, app/lazyParts.ts): the first screen shows only the button (ExportMenu.tsx).
 */

export interface ExportMenuItemsProps extends Pick<ExportMenuProps, 'flow' | 'notify' | 'page'> {
  /** Closes the menu (an item was chosen). */
  close(): void;
  /** A BPMN export with warnings: the dialog that lists them, shown by the menu after it closes. */
  showBpmnWarnings(outcome: BpmnExportOutcome, Dialog: typeof BpmnExportDialogType): void;
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

/** The menu itself: download, copy the JSON, copy a share link, download BPMN; the first item takes the focus. */
export function ExportMenuItems({ flow, notify, page, close, showBpmnWarnings }: ExportMenuItemsProps) {
  const translator = useTranslator();
  const { t } = translator;
  const menu = useRef<HTMLDivElement>(null);
  // Serialized only while the menu is open: pretty-printing a design of thousands of robots on every
  // edit would hold up each keystroke.
  // The scenarios travel with the design (its optional `scenarios` list): the ones this browser
  // keeps for it, else those it came with.
  const travelling = withScenarios(flow, storedScenarios(localStore(), flow.id));
  const file = flowExport(travelling);

  useEffect(() => menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), []);

  const run = (action: () => void | Promise<void>) => {
    close();
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
      if (warnings.length > 0) showBpmnWarnings({ fileName, warnings }, BpmnExportDialog);
      else notify(t('export.bpmn.done', { fileName }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      notify(t('export.bpmn.failed', { reason }), 'error');
    }
  };

  return (
    <div
      ref={menu}
      role="menu"
      aria-label={t('topBar.export')}
      className="absolute right-0 z-30 mt-1 w-72 rounded-md border border-border bg-surface p-1 shadow-lg"
    >
      <button
        type="button"
        role="menuitem"
        className={itemClass}
        onClick={() => run(() => downloadFile(file))}
      >
        {t('export.download', { fileName: file.fileName })}
      </button>
      <button
        type="button"
        role="menuitem"
        className={itemClass}
        onClick={() => run(() => copy(file.text, 'json'))}
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
  );
}
