import { useEffect, useState } from 'react';

/*
 * Names and summaries are cut to fit cards, lane headers, lists and headers. Every such text shows
 * in full on hover (its title) and on keyboard focus of the control that holds it (a tooltip under
 * that control, drawn by the one <FullTextOnFocus /> of the page). Mark a cut text with
 * `{...fullText(text)}`; the tooltip appears only when the text is in fact cut.
 */

/** Props for an element whose text may be cut: the full text on hover and on focus. */
export function fullText(text: string): { title: string; 'data-full-text': string } {
  return { title: text, 'data-full-text': text };
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
  top: number;
}

/** The page's one focus tooltip for cut texts (mounted once, beside the designer). */
export function FullTextOnFocus() {
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    const show = (event: FocusEvent) => {
      const control = event.target;
      if (!(control instanceof HTMLElement)) return;
      const texts = cutTextsIn(control);
      if (texts.length === 0) return setTip(null);
      const box = control.getBoundingClientRect();
      setTip({ text: texts.join(' — '), left: Math.max(4, box.left), top: box.bottom + 4 });
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
      style={{ left: tip.left, top: tip.top }}
      className="pointer-events-none fixed z-50 max-w-sm whitespace-normal break-words rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
    >
      {tip.text}
    </div>
  );
}
