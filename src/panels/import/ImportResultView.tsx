import type { FlowChange } from '../../domain/diff';
import type { IoProblem } from '../../io';
import { useTranslator } from '../../i18n/react';
import { problemPlace } from './problemPlace';

/** One problem: where to look (in the designer's words), then what is wrong. */
function ProblemItem({ problem }: { problem: IoProblem }) {
  const translator = useTranslator();
  return (
    <li className="flex flex-col gap-0.5 py-1">
      {/* In words; the JSON path is kept for the machine (orderflow validate prints it for integrators). */}
      <span className="text-xs font-medium" data-path={problem.path}>
        {problemPlace(problem.path, translator)}
      </span>
      <span>{problem.message}</span>
    </li>
  );
}

export function ProblemsView({
  title,
  problems,
  tone,
}: {
  title: string;
  problems: IoProblem[];
  tone: 'error' | 'warning';
}) {
  const { t } = useTranslator();
  if (problems.length === 0) return null;
  const color =
    tone === 'error'
      ? 'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950/40 dark:text-rose-100'
      : 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100';
  return (
    <section aria-label={title} className={`rounded-md border px-3 py-2 text-sm ${color}`}>
      <h3 className="text-xs font-semibold">
        {t('dialogs.import.problems.heading', { title, count: problems.length })}
      </h3>
      <ul className="max-h-48 divide-y divide-current/10 overflow-auto">
        {problems.map((p, i) => (
          <ProblemItem key={`${p.path}-${i}`} problem={p} />
        ))}
      </ul>
    </section>
  );
}

const SHOWN_CHANGES = 8;

/** What importing would change in the open design (diffFlows), the first few spelled out. */
export function ChangesView({ headline, changes }: { headline: string; changes: FlowChange[] }) {
  const { t } = useTranslator();
  return (
    <section aria-label={t('dialogs.import.changes')} className="text-sm text-slate-700 dark:text-slate-300">
      <p>{t('dialogs.import.changes.headline', { headline })}</p>
      {changes.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs">
          {changes.slice(0, SHOWN_CHANGES).map((c) => (
            <li key={`${c.target}-${c.id}-${c.kind}`}>{c.text}</li>
          ))}
          {changes.length > SHOWN_CHANGES && (
            <li>{t('dialogs.import.changes.more', { count: changes.length - SHOWN_CHANGES })}</li>
          )}
        </ul>
      )}
    </section>
  );
}
