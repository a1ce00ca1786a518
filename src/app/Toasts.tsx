import { useEffect } from 'react';
import { useTranslator } from '../i18n/react';
import { useDesigner, useDesignerStoreApi } from '../store';
import type { Toast } from '../store';

/** Long enough to read two sentences; a refusal reason stays a little longer. */
const SHOWN_MS = { info: 7000, error: 12000 } as const;

function ToastItem({ toast }: { toast: Toast }) {
  const store = useDesignerStoreApi();
  const { t } = useTranslator();
  useEffect(() => {
    const timer = setTimeout(() => store.getState().dismissToast(toast.id), SHOWN_MS[toast.tone]);
    return () => clearTimeout(timer);
  }, [store, toast]);
  const tone =
    toast.tone === 'error'
      ? 'border-rose-200 bg-danger-soft text-rose-900 dark:border-rose-900 dark:text-rose-100'
      : 'border-border bg-surface text-slate-800 dark:text-slate-100';
  return (
    // The live region inside the item: a list item may not take another role.
    <li className={`border-t ${tone}`}>
      <div
        role={toast.tone === 'error' ? 'alert' : 'status'}
        className="flex items-start gap-3 px-4 py-1.5 text-sm"
      >
        <span className="min-w-0 flex-1 leading-5">{toast.message}</span>
        <button
          type="button"
          aria-label={t('dialogs.toast.dismiss')}
          onClick={() => store.getState().dismissToast(toast.id)}
          className="-mr-1 rounded px-1.5 text-base leading-5 opacity-60 hover:bg-black/5 hover:opacity-100 dark:hover:bg-white/10"
        >
          ×
        </button>
      </div>
    </li>
  );
}

/**
 * Messages about what just happened (a refused connection, edges removed by a move) in a strip of
 * their own across the bottom of the window, under the board and the problems panel. It takes
 * height only while a message shows and never covers a lane. At the bottom rather than under the top
 * bar because a strip appearing there would push the whole board down under the pointer, mid-gesture;
 * here the board's top stays put and only its lower edge gives way.
 */
export function Toasts() {
  const toasts = useDesigner((s) => s.toasts);
  const translator = useTranslator();
  const { t } = translator;
  const store = useDesignerStoreApi();
  // What the store writes itself (undo descriptions, "Undone: …") speaks the designer's language.
  useEffect(() => store.getState().setLanguage(translator), [store, translator]);
  if (toasts.length === 0) return null;
  return (
    <ol aria-label={t('dialogs.toast.list')} className="m-0 flex shrink-0 list-none flex-col p-0">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </ol>
  );
}
