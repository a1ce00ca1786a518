import type { TextProblem } from './checkFlowText';
import { useTranslator } from '../../i18n/react';

const TONE = {
  error: 'text-rose-700 dark:text-rose-300',
  warning: 'text-amber-700 dark:text-amber-300',
  info: 'text-sky-700 dark:text-sky-300',
} as const;

/** The problems of the JSON text; each one jumps to its place in the editor. */
export function ProblemList({
  problems,
  onReveal,
}: {
  problems: readonly TextProblem[];
  onReveal(problem: TextProblem): void;
}) {
  const { t } = useTranslator();
  if (problems.length === 0) return null;
  return (
    <ul
      aria-label={t('dialogs.json.problems')}
      className="max-h-40 overflow-auto border-t border-border text-xs"
    >
      {problems.map((p, i) => (
        <li key={`${p.code}-${p.path}-${i}`}>
          <button
            type="button"
            onClick={() => onReveal(p)}
            className="flex w-full gap-2 px-3 py-1 text-left hover:bg-surface-raised focus-visible:bg-surface-raised focus-visible:outline-none"
          >
            {/* The name is the visible text with the severity before it (a name that hides the visible
                text fails WCAG's label-in-name). */}
            <span className="sr-only">{t('dialogs.json.severity', { severity: p.severity })}</span>
            <span className={`shrink-0 font-semibold ${TONE[p.severity]}`}>{p.code}</span>
            <span className="shrink-0 text-fg-muted tabular-nums">
              {t('dialogs.json.line', { line: p.startLine })}
            </span>
            <span className="text-slate-800 dark:text-slate-200">{p.message}</span>
            <code className="ml-auto shrink-0 text-fg-muted">{p.path}</code>
          </button>
        </li>
      ))}
    </ul>
  );
}
