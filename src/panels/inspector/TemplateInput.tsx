import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, Ref, SyntheticEvent } from 'react';
import { renderWithSampleOrder } from '../../domain/samples/sampleOrder';
import { smsParts } from '../../domain/sms';
import { renderTemplate, templatePaths } from '../../domain/templates';
import { englishTranslator } from '../../i18n';
import type { Translator } from '../../i18n';
import { useTranslator } from '../../i18n/react';
import { inputClass } from '../../ui/formStyles';
import { literalLength } from './settingsMessages';
import { TemplateLabels, TemplatePreview } from './TemplateDisplay';
import { filterSuggestions, insertPath, openInsertAt } from './templateAutocomplete';
import type { TemplateContext } from './types';

export interface TemplateInputProps {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  context: TemplateContext;
  multiline?: boolean;
  /** Limit of the sent text; shows a counter of the literal text. */
  maxLength?: number | undefined;
  /** The text is sent as an SMS: the counter also shows how many parts it takes (as lint counts them). */
  smsText?: boolean | undefined;
  placeholder?: string | undefined;
  required?: boolean | undefined;
  'aria-label'?: string;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** "1 SMS part" / "2 SMS parts (UCS-2)": measured with the sample order's values, as lint measures them. */
export function smsPartsLabel(text: string, translator: Translator = englishTranslator): string {
  const { t } = translator;
  const { parts, encoding } = smsParts(renderWithSampleOrder(text, translator));
  return t('inspector.template.smsParts', { parts, ucs: encoding === 'UCS-2' ? 'yes' : 'no' });
}

/** Splits a sentence around its `{braces}` argument, so the braces can be drawn as a key cap. */
function aroundBraces(sentence: string): [string, string] {
  const at = sentence.indexOf('\u0000');
  return at < 0 ? [sentence, ''] : [sentence.slice(0, at), sentence.slice(at + 1)];
}

/**
 * A text (or multi-line) box for template values: `{{` opens a list of field paths and earlier robots'
 * outputs (a combobox: arrows move, Enter inserts, Escape closes), a counter shows the literal length
 * where the setting has a limit, and a preview renders the text with the sample order.
 */
export function TemplateInput({
  id,
  value,
  onChange,
  context,
  multiline = false,
  maxLength,
  smsText = false,
  placeholder,
  required,
  ...aria
}: TemplateInputProps) {
  const ownId = useId();
  const translator = useTranslator();
  const { t } = translator;
  const controlId = id ?? `${ownId}-input`;
  const listId = `${ownId}-suggestions`;
  const counterId = `${ownId}-counter`;
  const ref = useRef<TextControl>(null);
  const pendingCaret = useRef<number | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  // The `{{` the user dismissed with Escape stays closed until another one is typed.
  const [dismissed, setDismissed] = useState<number | null>(null);

  const insert = caret === null ? undefined : openInsertAt(value, caret);
  const items = insert ? filterSuggestions(context.suggestions, insert.query) : [];
  const open = !!insert && insert.start !== dismissed && items.length > 0;
  const activeIndex = Math.min(active, Math.max(items.length - 1, 0));

  useLayoutEffect(() => {
    // Put the caret after an inserted path once React has written the new value.
    if (pendingCaret.current !== null && ref.current) {
      ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [value]);

  const choose = (index: number) => {
    const item = items[index];
    if (!insert || !item || caret === null) return;
    const next = insertPath(value, insert, caret, item.path);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    onChange(next.text);
  };

  const trackCaret = (e: SyntheticEvent<TextControl>) => setCaret(e.currentTarget.selectionStart);

  const onKeyDown = (e: KeyboardEvent<TextControl>) => {
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + items.length) % items.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(activeIndex);
    } else if (e.key === 'Escape') {
      // Close the list only; the panel around must not treat this Escape as "deselect".
      e.preventDefault();
      e.stopPropagation();
      setDismissed(insert.start);
    }
  };

  const typeBraces = aroundBraces(t('inspector.template.typeBraces', { braces: '\u0000' }));
  const hasInserts = templatePaths(value).length > 0;

  // Only for the count: what a run would write (an empty insert writes nothing).
  const renderedLength = hasInserts ? renderTemplate(value, context.resolve).length : 0;
  const labelsId = `${ownId}-labels`;
  const literal = literalLength(value);
  const over = maxLength !== undefined && literal > maxLength;
  const describedBy = [aria['aria-describedby'], maxLength !== undefined ? counterId : '']
    .filter(Boolean)
    .join(' ');
  const shared = {
    id: controlId,
    value,
    placeholder,
    role: 'combobox',
    'aria-label': aria['aria-label'],
    'aria-describedby': [describedBy, hasInserts ? labelsId : ''].filter(Boolean).join(' ') || undefined,
    'aria-invalid': aria['aria-invalid'],
    'aria-required': required || undefined,
    'aria-autocomplete': 'list' as const,
    'aria-expanded': open,
    'aria-controls': listId,
    'aria-activedescendant': open ? `${listId}-${activeIndex}` : undefined,
    className: `${inputClass} font-normal`,
    onKeyDown,
    onSelect: trackCaret,
    onClick: trackCaret,
    onBlur: () => setCaret(null),
    onChange: (e: { currentTarget: TextControl }) => {
      setCaret(e.currentTarget.selectionStart);
      setActive(0);
      onChange(e.currentTarget.value);
    },
  };

  return (
    <div className="relative space-y-1">
      {multiline ? (
        <textarea ref={ref as Ref<HTMLTextAreaElement>} rows={4} {...shared} />
      ) : (
        <input ref={ref as Ref<HTMLInputElement>} type="text" {...shared} />
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('inspector.template.suggestions')}
        hidden={!open}
        className="absolute z-20 mt-1 max-h-56 w-full overflow-auto rounded-md border border-border bg-surface py-1 text-sm shadow-lg"
      >
        {open &&
          items.map((item, i) => (
            <li
              key={item.path}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              // Keep focus (and the caret) in the text box while clicking a suggestion.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
              className={`flex cursor-pointer items-baseline justify-between gap-2 px-2 py-1 ${
                i === activeIndex
                  ? 'bg-brand-50 text-brand-700 dark:bg-slate-700 dark:text-white'
                  : 'text-fg-soft'
              }`}
            >
              {/* The field as people know it; its path is what gets inserted, shown as this label. */}
              <span className="truncate">{item.label}</span>
              <span className="shrink-0 text-[11px] text-fg-muted">{item.group}</span>
            </li>
          ))}
      </ul>
      <div className="flex items-start justify-between gap-2">
        <p className="text-[11px] leading-4 text-fg-muted">
          {typeBraces[0]}
          <kbd className="font-mono">{'{{'}</kbd>
          {typeBraces[1]}
        </p>
        {maxLength !== undefined && (
          <span
            id={counterId}
            title={t('inspector.template.counter.hint', { max: maxLength })}
            className={`shrink-0 text-[11px] tabular-nums ${over ? 'font-semibold text-rose-700 dark:text-rose-400' : 'text-slate-500 dark:text-slate-400'}`}
          >
            {smsText
              ? t('inspector.template.counterWithSms', {
                  literal,
                  max: maxLength,
                  sms: smsPartsLabel(value, translator),
                })
              : t('inspector.template.counter', { literal, max: maxLength })}
          </span>
        )}
      </div>
      {hasInserts && (
        <div className="rounded-md bg-slate-50 px-2 py-1.5 text-xs text-fg-soft ring-1 ring-inset ring-border dark:bg-slate-800/60">
          <p
            id={labelsId}
            className="whitespace-pre-wrap break-words leading-5"
            data-testid="template-labels"
          >
            <span className="sr-only">{t('inspector.template.reads')}</span>
            <TemplateLabels text={value} naming={context.naming} />
          </p>
          <div className="mt-1 text-[10px] font-semibold uppercase tracking-wide text-fg-muted">
            {maxLength !== undefined
              ? t('inspector.template.previewWithLength', {
                  sample: context.sampleLabel,
                  length: renderedLength,
                })
              : t('inspector.template.previewWith', { sample: context.sampleLabel })}
          </div>
          <p className="whitespace-pre-wrap break-words leading-5" data-testid="template-preview">
            <TemplatePreview text={value} resolve={context.resolve} naming={context.naming} />
          </p>
        </div>
      )}
    </div>
  );
}
