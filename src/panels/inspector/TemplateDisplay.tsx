import type { FieldResolver } from '../../domain/conditions';
import { formatTemplateValue } from '../../domain/templates';
import type { InsertNaming } from '../../domain/templateParts';
import { templateDisplayParts } from '../../domain/templateParts';
import { useTranslator } from '../../i18n/react';

const chip = 'mx-px rounded bg-sky-100 px-1 font-medium text-sky-800 dark:bg-sky-900/60 dark:text-sky-200';
const unknownChip =
  'mx-px rounded bg-rose-100 px-1 font-medium text-rose-800 dark:bg-rose-900/60 dark:text-rose-200';
const emptyChip =
  'mx-px rounded border border-dashed border-amber-500 px-1 italic text-amber-800 dark:border-amber-400 dark:text-amber-200';

/** A template text with each insert shown as a chip naming its field ("Order number"). */
export function TemplateLabels({ text, naming }: { text: string; naming?: InsertNaming | undefined }) {
  const { t } = useTranslator();
  return (
    <>
      {templateDisplayParts(text, naming).map((part, i) =>
        part.kind === 'text' ? (
          part.text
        ) : part.kind === 'insert' ? (
          <span key={i} data-insert="" className={chip}>
            {part.label}
          </span>
        ) : (
          <span
            key={i}
            data-insert="unknown"
            className={unknownChip}
            title={t('inspector.template.unknownInsert')}
          >
            {part.label}
          </span>
        ),
      )}
    </>
  );
}

/**
 * A template text rendered with the sample order's values. An insert with no value shows a visible
 * placeholder ("[Order number — empty]") where a run would insert nothing (docs/semantics.md §4 rule 10),
 * so a preview never silently drops a word.
 */
export function TemplatePreview({
  text,
  resolve,
  naming,
}: {
  text: string;
  resolve: FieldResolver;
  naming?: InsertNaming | undefined;
}) {
  const { t } = useTranslator();
  return (
    <>
      {templateDisplayParts(text, naming).map((part, i) => {
        if (part.kind === 'text') return part.text;
        const value = formatTemplateValue(resolve(part.path));
        if (value) return value;
        const why = part.kind === 'unknown' ? 'unknown' : part.path.startsWith('robots.') ? 'robot' : 'empty';
        return (
          <span key={i} data-placeholder="" className={emptyChip}>
            {t('inspector.template.placeholder', { label: part.label, why })}
          </span>
        );
      })}
    </>
  );
}
