import { useCallback, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Flow } from '../../domain/flow';
import type { LintProblem } from '../../domain/lint';
import { countBySeverity } from '../../domain/lint/codes';
import { useTranslator } from '../../i18n/react';
import type { ProblemLocation } from './locate';
import { locateProblem } from './locate';
import { ProblemRow } from './ProblemRow';
import type { SeverityFilterValue } from './SeverityFilter';
import { SEVERITIES, SeverityFilter, severityPluralKey } from './SeverityFilter';

export interface ProblemsPanelProps {
  /** lintFlow(flow), in document order. */
  problems: readonly LintProblem[];
  /** The flow the problems were found in, to name nodes and fields. */
  flow: Flow;
  /** A row was chosen: select `location.nodeId`, reveal it and focus `location.settingKey` (or `part`). */
  onReveal: (problem: LintProblem, location: ProblemLocation) => void;
  /** The user chose a problem's quick fix: dispatch `problem.fix.command`. Without it no fix is offered. */
  onFix?: (problem: LintProblem) => void;
  /** The design has not been checked yet (a large one, linted in the background): not "No problems". */
  pending?: boolean;
  className?: string;
}

const ROW_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

/** The lint list by severity (errors, warnings, info) with counts, a severity filter and reveal-on-choose. */
export function ProblemsPanel({
  problems,
  flow,
  onReveal,
  onFix,
  pending = false,
  className = '',
}: ProblemsPanelProps) {
  const translator = useTranslator();
  const { t } = translator;
  const [filter, setFilter] = useState<SeverityFilterValue>('all');
  const counts = useMemo(() => countBySeverity(problems), [problems]);
  const located = useMemo(
    () => problems.map((problem) => ({ problem, location: locateProblem(flow, problem, translator) })),
    [problems, flow, translator],
  );
  const onChoose = useCallback(
    (problem: LintProblem, location: ProblemLocation) => onReveal(problem, location),
    [onReveal],
  );
  const shown = SEVERITIES.filter((s) => (filter === 'all' || filter === s) && counts[s] > 0);

  // Arrow keys walk the rows across severity sections, as in an editor's problems view.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!ROW_KEYS.includes(event.key)) return;
    const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-problem-row]')];
    const i = rows.indexOf(document.activeElement as HTMLElement);
    if (i === -1) return;
    event.preventDefault();
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: rows.length - 1 }[event.key]!;
    rows[Math.max(0, Math.min(rows.length - 1, next))]?.focus();
  };

  return (
    <section
      aria-label={t('lint.panel.title')}
      className={`flex min-h-0 flex-col bg-surface-base ${className}`}
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-border-subtle px-3 py-2">
        <h2 className="text-sm font-semibold text-slate-800 dark:text-slate-100">{t('lint.panel.title')}</h2>
        {problems.length > 0 && <SeverityFilter value={filter} counts={counts} onChange={setFilter} />}
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto px-1.5 py-1" onKeyDown={onKeyDown}>
        {problems.length === 0 ? (
          <p role="status" className="px-2 py-6 text-center text-sm text-fg-muted">
            {t(pending ? 'lint.panel.checking' : 'lint.panel.none')}
          </p>
        ) : shown.length === 0 ? (
          <p className="px-2 py-6 text-center text-sm text-fg-muted">
            {t('lint.panel.noneOf', { severity: filter })}
          </p>
        ) : (
          shown.map((severity) => (
            <div key={severity} className="py-1">
              <h3 className="px-2 py-1 text-[11px] font-semibold uppercase tracking-wide text-fg-muted">
                {t('lint.panel.section', {
                  severity: t(severityPluralKey[severity]),
                  count: counts[severity],
                })}
              </h3>
              <ul className="m-0 list-none p-0" aria-label={t(severityPluralKey[severity])}>
                {located
                  .filter(({ problem }) => problem.severity === severity)
                  .map(({ problem, location }, i) => (
                    <ProblemRow
                      key={`${problem.code}:${problem.path}:${i}`}
                      problem={problem}
                      location={location}
                      onChoose={onChoose}
                      onFix={onFix}
                    />
                  ))}
              </ul>
            </div>
          ))
        )}
      </div>
    </section>
  );
}
