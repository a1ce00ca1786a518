import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { diffFlows, summarizeChanges } from '../../domain/diff';
import type { Flow } from '../../domain/flow';
import type { IoProblem } from '../../io';
import { importText, readImportFile } from '../../io/exchange';
import { ModalDialog, primaryButtonClass } from '../../ui/ConfirmDialog';
import { buttonClass, inputClass, labelClass } from '../../ui/formStyles';
import { useTranslator } from '../../i18n/react';
import { ChangesView, ProblemsView } from './ImportResultView';

export interface ImportDialogProps {
  /** Called only when the user confirms a valid flow; the open design is untouched until then. */
  onConfirm(flow: Flow, warnings: IoProblem[]): void;
  onCancel(): void;
  /** A file dropped on the window or chosen before the dialog opened. */
  initialFile?: File | null;
  /** The open design, to summarise what the import would replace. */
  current?: Flow;
}

type Source = { kind: 'none' } | { kind: 'file'; name: string } | { kind: 'paste' };

/**
 * Import a flow from a file (opened or dropped) or pasted text. The document goes through the same
 * loader as everything else: older versions are migrated, errors are listed with their JSON paths,
 * warnings (unknown keys kept or dropped, upgrades) are shown, and nothing changes until "Import".
 */
export function ImportDialog({ onConfirm, onCancel, initialFile, current }: ImportDialogProps) {
  const translator = useTranslator();
  const { t } = translator;
  const [text, setText] = useState('');
  const [source, setSource] = useState<Source>({ kind: 'none' });
  const [readError, setReadError] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteId = useId();

  function apply(file: File, read: Awaited<ReturnType<typeof readImportFile>>) {
    if (!read.ok) {
      setReadError(read.message);
      return;
    }
    setReadError(undefined);
    setSource({ kind: 'file', name: file.name });
    setText(read.text);
  }
  const load = (file: File) => void readImportFile(file, translator).then((read) => apply(file, read));

  useEffect(() => {
    if (!initialFile) return;
    // A newer file (another drop) wins over a slower read of the previous one.
    let stale = false;
    void readImportFile(initialFile, translator).then((read) => {
      if (!stale) apply(initialFile, read);
    });
    return () => {
      stale = true;
    };
  }, [initialFile, translator]);

  const result = useMemo(
    () => (text.trim() === '' ? undefined : importText(text, 'flow', translator)),
    [text, translator],
  );
  const changes = useMemo(
    () => (result?.ok && current ? diffFlows(current, result.doc, { t: translator }) : undefined),
    [result, current, translator],
  );

  const footer = (
    <>
      <button type="button" className={buttonClass} onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button
        type="button"
        className={primaryButtonClass}
        disabled={!result?.ok}
        onClick={() => result?.ok && onConfirm(result.doc, result.warnings)}
      >
        {t('dialogs.import.confirm')}
      </button>
    </>
  );

  return (
    <ModalDialog title={t('dialogs.import.title')} onClose={onCancel} footer={footer} className="max-w-2xl">
      <div className="space-y-3 text-sm">
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={buttonClass} onClick={() => fileInput.current?.click()}>
            {t('dialogs.import.openFile')}
          </button>
          <input
            ref={fileInput}
            type="file"
            aria-label={t('dialogs.import.file')}
            accept=".json,application/json"
            className="sr-only"
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) load(file);
              e.target.value = '';
            }}
          />
          <span className="text-xs text-fg-muted">
            {source.kind === 'file'
              ? t('dialogs.import.from', { name: source.name })
              : t('dialogs.import.orPaste')}
          </span>
        </div>
        {readError && (
          <p role="alert" className="text-rose-700 dark:text-rose-300">
            {readError}
          </p>
        )}
        <div className="space-y-1">
          <label htmlFor={pasteId} className={labelClass}>
            {t('dialogs.import.json')}
          </label>
          <textarea
            id={pasteId}
            value={text}
            spellCheck={false}
            rows={8}
            aria-invalid={result !== undefined && !result.ok}
            onChange={(e) => {
              setText(e.target.value);
              setSource({ kind: 'paste' });
            }}
            className={`${inputClass} font-mono text-xs`}
          />
        </div>
        <div role="status" aria-live="polite" className="space-y-2">
          {result?.ok && (
            <p className="text-emerald-800 dark:text-emerald-200">
              {t('dialogs.import.ready', {
                name: result.doc.name,
                statuses: result.doc.statuses.length,
                robots: result.doc.robots.length,
                triggers: result.doc.triggers.length,
              })}
            </p>
          )}
          {result && !result.ok && (
            <p className="text-rose-800 dark:text-rose-200">{t('dialogs.import.invalid')}</p>
          )}
        </div>
        {result && !result.ok && (
          <ProblemsView title={t('dialogs.import.errors')} tone="error" problems={result.errors} />
        )}
        {result?.ok && (
          <ProblemsView title={t('dialogs.import.warnings')} tone="warning" problems={result.warnings} />
        )}
        {changes && (
          <ChangesView headline={summarizeChanges(changes, translator).toLowerCase()} changes={changes} />
        )}
      </div>
    </ModalDialog>
  );
}
