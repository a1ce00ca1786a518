import { useEffect } from 'react';
import { useDesigner, useDesignerStoreApi } from '../store';
import type { Toast } from '../store';

/** Long enough to read two sentences; a refusal reason stays a little longer. */
const SHOWN_MS = { info: 7000, error: 12000 } as const;

function ToastItem({ toast }: { toast: Toast }) {
  const store = useDesignerStoreApi();
  useEffect(() => {
    const timer = setTimeout(() => store.getState().dismissToast(toast.id), SHOWN_MS[toast.tone]);
    return () => clearTimeout(timer);
  }, [store, toast]);
  const tone =
    toast.tone === 'error'
      ? 'border-rose-200 bg-rose-50 text-rose-900 dark:border-rose-900 dark:bg-rose-950 dark:text-rose-100'
      : 'border-slate-200 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
  return (
    <li
      className={`pointer-events-auto flex items-start gap-3 rounded-lg border px-3.5 py-2.5 text-sm shadow-lg ${tone}`}
    >
      {/* The live region inside the item: a list may only hold list items (axe, WCAG 1.3.1). */}
      <span role={toast.tone === 'error' ? 'alert' : 'status'} className="min-w-0 flex-1 leading-5">
        {toast.message}
      </span>
      <button
        type="button"
        aria-label="Dismiss message"
        onClick={() => store.getState().dismissToast(toast.id)}
        className="-mr-1 rounded px-1.5 text-base leading-5 opacity-60 hover:bg-black/5 hover:opacity-100 dark:hover:bg-white/10"
      >
        ×
      </button>
    </li>
  );
}

/** Messages about what just happened (a refused connection, edges removed by a move), over the canvas. */
export function Toasts() {
  const toasts = useDesigner((s) => s.toasts);
  if (toasts.length === 0) return null;
  return (
    <ol
      aria-label="Messages"
      className="pointer-events-none fixed left-1/2 top-16 z-50 flex w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 flex-col gap-2"
    >
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </ol>
  );
}
