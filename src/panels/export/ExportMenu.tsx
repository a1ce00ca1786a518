import { useEffect, useRef, useState } from 'react';
import type { Flow } from '../../domain/flow';
import { copyText, downloadFile, flowExport, shareUrl } from '../../io/exchange';

export interface ExportMenuProps {
  flow: Flow;
  /** Tells the user what happened (a toast). */
  notify(message: string, tone?: 'info' | 'error'): void;
  /** The page the share link opens; default the current page. */
  page?: string;
  className?: string;
}

const itemClass =
  'block w-full rounded px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none dark:text-slate-200 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800';

/** "Export": download NAME.orderflow.json, copy the JSON, or copy a share link (flow in the fragment). */
export function ExportMenu({ flow, notify, page, className = '' }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const file = flowExport(flow);

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

  const copy = async (text: string, what: string) => {
    if (await copyText(text)) notify(`${what} copied to the clipboard.`);
    else notify(`The clipboard is not available here; ${what.toLowerCase()} was not copied.`, 'error');
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
        Export
      </button>
      {open && (
        <div
          role="menu"
          aria-label="Export"
          className="absolute right-0 z-30 mt-1 w-72 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <button
            type="button"
            role="menuitem"
            className={itemClass}
            onClick={() => run(() => downloadFile(file))}
          >
            Download {file.fileName}
          </button>
          <button
            type="button"
            role="menuitem"
            className={itemClass}
            onClick={() => run(() => copy(file.text, 'The JSON'))}
          >
            Copy JSON
          </button>
          <button
            type="button"
            role="menuitem"
            className={itemClass}
            onClick={() =>
              run(async () => copy(await shareUrl(flow, page ?? window.location.href), 'The share link'))
            }
          >
            Copy share link
          </button>
        </div>
      )}
    </div>
  );
}
