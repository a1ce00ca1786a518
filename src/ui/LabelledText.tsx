import { splitLabels } from '../domain/templateParts';

/**
 * A one-line text whose ‹Field label› parts (a template's inserts, see templateAsLabels) read as
 * highlighted labels; the marks themselves are not shown, but the text stays one inline run so
 * truncation with an ellipsis still works.
 */
const INSERT_CLASS =
  'rounded bg-sky-100 px-0.5 font-medium text-sky-800 dark:bg-sky-900/60 dark:text-sky-200';

/** `insertClassName`: the labels' look on another background (a tooltip's inverse colours). */
export function LabelledText({
  text,
  insertClassName = INSERT_CLASS,
}: {
  text: string;
  insertClassName?: string;
}) {
  return (
    <>
      {splitLabels(text).map((part, i) =>
        part.label ? (
          <span key={i} data-insert="" className={insertClassName}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
