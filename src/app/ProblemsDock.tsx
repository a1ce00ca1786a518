import { useCallback } from 'react';
import type { LintProblem } from '../domain/lint';
import { useTranslator } from '../i18n/react';
import { useDesigner, useDesignerStoreApi } from '../store';
import { UiIcon } from '../ui';
import { LoadPart } from '../ui/LoadPart';
import { ProblemsPanel } from './lazyParts';
import { useLintPending, useProblems } from './problems';
import { useRevealProblem } from './useRevealProblem';

export const PROBLEMS_PANEL_ID = 'of-problems-panel';

/** The problems panel docked under the canvas; collapsible, opened from the top bar's counts too. */
export function ProblemsDock() {
  const store = useDesignerStoreApi();
  const open = useDesigner((s) => s.problemsOpen);
  const flow = useDesigner((s) => s.flow);
  const problems = useProblems();
  const pending = useLintPending();
  const onReveal = useRevealProblem();

  // A quick fix is an ordinary edit: one command, one undo step.
  const onFix = useCallback(
    (problem: LintProblem) => {
      if (problem.fix) store.getState().dispatch(problem.fix.command);
    },
    [store],
  );

  const { t } = useTranslator();
  const toggle = () => store.getState().setProblemsOpen(!open);
  // The panel has its own header; the dock adds a way to fold it down to one line.
  return (
    <div
      id={PROBLEMS_PANEL_ID}
      data-pane="problems"
      className="relative flex min-h-0 shrink-0 flex-col bg-surface-base"
    >
      {open ? (
        <>
          <LoadPart what={t('io.loading.problems')}>
            <ProblemsPanel
              problems={problems}
              pending={pending}
              flow={flow}
              onReveal={onReveal}
              onFix={onFix}
              className="max-h-56"
            />
          </LoadPart>
          <button
            type="button"
            aria-label={t('canvas.problems.hide')}
            title={t('canvas.problems.hide')}
            onClick={toggle}
            className="absolute right-2 top-1.5 inline-flex h-7 w-7 items-center justify-center rounded-md text-slate-500 hover:bg-surface-raised hover:text-slate-900 dark:hover:text-white"
          >
            <UiIcon name="chevron" size={16} />
          </button>
        </>
      ) : (
        <button
          type="button"
          aria-expanded={false}
          onClick={toggle}
          className="flex h-8 shrink-0 items-center gap-2 px-3 text-xs font-semibold text-fg-subtle hover:text-fg"
        >
          <UiIcon name="chevron" size={14} className="rotate-180" />
          {t('canvas.problems.show')}
          <span className="rounded-full bg-surface-raised px-1.5 text-[11px] font-medium text-fg-secondary">
            {problems.length}
          </span>
        </button>
      )}
    </div>
  );
}
