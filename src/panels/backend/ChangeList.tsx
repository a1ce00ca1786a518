import type { FlowChange } from '../../domain/diff';
import { summarizeChanges } from '../../domain/diff';
import { useTranslator } from '../../i18n/react';

/** A headline ("2 added, 1 changed") and the readable list of changes. */
export function ChangeList({ label, changes }: { label: string; changes: readonly FlowChange[] }) {
  const translator = useTranslator();
  return (
    <section aria-label={label} className="text-sm text-slate-700 dark:text-slate-300">
      <p className="font-medium">{summarizeChanges(changes, translator)}</p>
      {changes.length > 0 && (
        <ul className="mt-1 max-h-64 list-disc space-y-0.5 overflow-y-auto pl-5 text-xs">
          {changes.map((c) => (
            <li key={`${c.target}-${c.id}-${c.kind}`}>{c.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
