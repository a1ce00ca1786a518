import { useEffect, useState } from 'react';
import { splitLabels } from '../domain/templateParts';
import { LabelledText } from './LabelledText';

/*
 * Names and summaries are cut to fit cards, lane headers, lists and headers. Every such text shows
 * in full on hover (its title) and on keyboard focus of the control that holds it (a tooltip under
 * that control, drawn by the one <FullTextOnFocus /> of the page). Mark a cut text with
 * `{...fullText(text)}`; the tooltip appears only when the text is in fact cut.
 *
 * A summary's inserts (‹Order number›, see templateAsLabels) show as highlighted labels in the focus
 * tooltip, and in brackets in the browser's own hover tooltip, which can only show plain text.
 */

/** Props for an element whose text may be cut: the full text on hover and on focus. */
export function fullText(text: string): { title: string; 'data-full-text': string } {
  const plain = splitLabels(text)
    .map((part) => (part.label ? `[${part.text}]` : part.text))
    .join('');
  return { title: plain, 'data-full-text': text };
}

const isCut = (el: HTMLElement) =>
  el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;

/** The cut texts a focused control holds (itself included), in reading order. */
export function cutTextsIn(control: Element): string[] {
  const marked = [
    ...(control.matches('[data-full-text]') ? [control] : []),
    ...control.querySelectorAll('[data-full-text]'),
  ] as HTMLElement[];
  return marked.filter(isCut).map((el) => el.dataset.fullText ?? '');
}

interface Tip {
  text: string;
  left: number;
  /** Where the tooltip's bottom edge goes (above the control), or its top (below it). */
  y: number;
  above: boolean;
}

/** Below this much room over a control, its tooltip goes under it instead. */
const ROOM_ABOVE = 72;

/** The page's one focus tooltip for cut texts (mounted once, beside the designer). */
export function FullTextOnFocus() {
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    const show = (event: FocusEvent) => {
      const control = event.target;
      if (!(control instanceof HTMLElement)) return;
      // Keyboard focus only: a click or a drag from the palette focuses too, but a mouse user has
      // the hover title, and a tooltip left standing after the pointer moved on covers the board.
      if (!control.matches(':focus-visible')) return setTip(null);
      const texts = cutTextsIn(control);
      if (texts.length === 0) return setTip(null);
      const box = control.getBoundingClientRect();
      // Above the control: moving down a lane with the keyboard, the next card stays in sight.
      const above = box.top >= ROOM_ABOVE;
      setTip({
        text: texts.join(' — '),
        left: Math.max(4, box.left),
        y: above ? box.top - 4 : box.bottom + 4,
        above,
      });
    };
    const hide = () => setTip(null);
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && hide();
    document.addEventListener('focusin', show);
    document.addEventListener('focusout', hide);
    document.addEventListener('keydown', escape);
    window.addEventListener('scroll', hide, true);
    return () => {
      document.removeEventListener('focusin', show);
      document.removeEventListener('focusout', hide);
      document.removeEventListener('keydown', escape);
      window.removeEventListener('scroll', hide, true);
    };
  }, []);
  if (!tip) return null;
  return (
    <div
      role="tooltip"
      data-full-text-tip=""
      data-placement={tip.above ? 'above' : 'below'}
      style={
        tip.above ? { left: tip.left, bottom: window.innerHeight - tip.y } : { left: tip.left, top: tip.y }
      }
      className="pointer-events-none fixed z-50 max-w-sm whitespace-normal break-words rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
    >
      {/* The tooltip's colours are the page's inverted: its labels are drawn to match, legibly. */}
      <LabelledText
        text={tip.text}
        insertClassName="rounded bg-white/20 px-0.5 font-medium text-white dark:bg-slate-900/10 dark:text-slate-900"
      />
    </div>
  );
}
