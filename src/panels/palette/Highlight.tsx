/** Marks the query's words inside a text, so the user sees why an item matched. */
export function Highlight({ text, words }: { text: string; words: readonly string[] }) {
  if (words.length === 0) return <>{text}</>;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A capturing split keeps the matches at odd indexes.
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <mark
            key={i}
            className="rounded-sm bg-amber-200 text-slate-900 dark:bg-amber-500/40 dark:text-white"
          >
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
