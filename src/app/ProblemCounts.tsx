import { useMemo } from 'react';
// The codes module alone: the lint's index brings the hazard rules, which load after the first screen.
import { countBySeverity } from '../domain/lint/codes';
import { useTranslator } from '../i18n/react';
import { useDesigner, useDesignerStoreApi } from '../store';
import { UiIcon } from '../ui';
import { SeverityIcon } from '../ui/SeverityIcon';
import { PROBLEMS_PANEL_ID } from './ProblemsDock';
import { useLintPending, useProblems } from './problems';
import { NARROW_ONLY_FLEX, WIDE_ONLY, WIDE_ONLY_SR } from '../ui/barFold';

const SEVERITIES = ['error', 'warning', 'info'] as const;

/** The lint counts in the top bar; a button that opens and closes the problems panel. */
export function ProblemCounts() {
  const store = useDesignerStoreApi();
  const problems = useProblems();
  const pending = useLintPending();
  const open = useDesigner((s) => s.problemsOpen);
  const counts = useMemo(() => countBySeverity(problems), [problems]);
  const { t } = useTranslator();
  const text = pending
    ? t('canvas.problems.checking')
    : problems.length === 0
      ? t('canvas.problems.none')
      : [
          counts.error > 0 && t('canvas.problems.errors', { count: counts.error }),
          counts.warning > 0 && t('canvas.problems.warnings', { count: counts.warning }),
          counts.info > 0 && t('canvas.problems.infos', { count: counts.info }),
        ]
          .filter(Boolean)
          .join(' · ');
  const tone =
    counts.error > 0
      ? 'text-rose-700 dark:text-rose-300'
      : counts.warning > 0
        ? 'text-amber-700 dark:text-amber-300'
        : 'text-success';
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={PROBLEMS_PANEL_ID}
      title={t('canvas.problems.counts.hint', { counts: text, open })}
      onClick={() => store.getState().setProblemsOpen(!open)}
      className={`inline-flex shrink-0 items-center gap-1.5 whitespace-nowrap rounded-md border border-border-subtle px-2.5 py-1 text-xs font-medium hover:bg-slate-50 dark:hover:bg-slate-900 ${tone}`}
    >
      {pending ? (
        text
      ) : problems.length === 0 ? (
        <>
          <UiIcon name="check" size={14} />
          {text}
        </>
      ) : (
        <>
          <span data-fold="1" className={WIDE_ONLY}>
            <UiIcon name="alert" size={14} />
          </span>
          {/* In a crowded bar: a glyph and a number per severity, the words for screen readers
              (the button's name) and in the tooltip. */}
          <span data-fold="1" className={WIDE_ONLY_SR}>
            {text}
          </span>
          <span
            aria-hidden="true"
            data-fold-menu="1"
            className={`items-center gap-1.5 tabular-nums ${NARROW_ONLY_FLEX}`}
          >
            {SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => (
              <span key={severity} className="inline-flex items-center gap-0.5">
                <SeverityIcon severity={severity} size={13} />
                {counts[severity]}
              </span>
            ))}
          </span>
        </>
      )}
    </button>
  );
}
