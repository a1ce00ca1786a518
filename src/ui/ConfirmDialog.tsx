import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';
import { buttonClass } from './formStyles';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface ModalDialogProps {
  title: string;
  /** Optional id of an element inside that describes the dialog (read after the title). */
  describedBy?: string;
  /** Escape, the backdrop and the close paths all call this. */
  onClose: () => void;
  /** Where focus goes on open; the first focusable element when absent. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** `alertdialog` for a question that interrupts (a destructive confirmation). */
  role?: 'dialog' | 'alertdialog';
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
}

/**
 * A modal dialog: labelled by its title, focus trapped inside, Escape closes, and focus returns to
 * where it was. Portalled to <body> because the designer opens dialogs from inside React Flow nodes,
 * whose CSS transform would otherwise become the containing block of `position: fixed`.
 */
export function ModalDialog({
  title,
  describedBy,
  onClose,
  initialFocus,
  role = 'dialog',
  children,
  footer,
  className = '',
}: ModalDialogProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const target =
      initialFocus?.current ?? panel.current?.querySelector<HTMLElement>(FOCUSABLE) ?? panel.current;
    target?.focus();
    return () => {
      // Back to the control that opened the dialog, if it is still on the page.
      if (previous && previous.isConnected) previous.focus();
    };
    // Focus moves once, when the dialog opens; later renders must not steal it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0]!;
    const last = items.at(-1)!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // A caller's own width replaces the default: two max-width classes would leave the winner to the
  // order of Tailwind's stylesheet, not to the caller.
  const width = /(^|\s)max-w-/.test(className) ? '' : 'max-w-md';
  return createPortal(
    <div className="fixed inset-0 z-50 flex items-center justify-center p-4">
      <div
        className="absolute inset-0 bg-slate-900/40 dark:bg-black/60"
        aria-hidden="true"
        onMouseDown={onClose}
      />
      <div
        ref={panel}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        className={`relative max-h-[85vh] w-full ${width} overflow-auto rounded-xl bg-surface p-5 text-fg shadow-xl ring-1 ring-border focus:outline-none ${className}`}
      >
        <h2 id={titleId} className="mb-3 text-base font-semibold">
          {title}
        </h2>
        {children}
        {footer && <div className="mt-5 flex justify-end gap-2">{footer}</div>}
      </div>
    </div>,
    document.body,
  );
}

export const dangerButtonClass =
  'inline-flex items-center gap-1 rounded-md bg-rose-600 px-3 py-1.5 text-xs font-semibold text-white shadow-sm hover:bg-rose-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-500 dark:bg-rose-700 dark:hover:bg-rose-600';

export const primaryButtonClass =
  'inline-flex items-center gap-1 rounded-md bg-brand-600 px-3 py-1.5 text-xs font-semibold text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:opacity-60';

export interface ConfirmDialogProps {
  title: string;
  /** What will happen, in full: the dialog's description. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** `danger` paints the confirm button red: the action removes something. */
  tone?: 'danger' | 'default';
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before an action the user may regret. Focus starts on Cancel, so an Enter pressed by habit
 * does not destroy anything; Escape and the backdrop cancel too.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'default',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const descriptionId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={title}
      describedBy={descriptionId}
      onClose={onCancel}
      initialFocus={cancel}
      footer={
        <>
          <button ref={cancel} type="button" className={buttonClass} onClick={onCancel}>
            {cancelLabel}
          </button>
          <button
            type="button"
            className={tone === 'danger' ? dangerButtonClass : primaryButtonClass}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      <div id={descriptionId} className="space-y-2 text-sm text-slate-700 dark:text-slate-300">
        {children}
      </div>
    </ModalDialog>
  );
}
