import { memo, useId } from 'react';
import type { LintProblem } from '../../domain/lint';
import { LINT_CODES } from '../../domain/lint';
import { SeverityIcon, severityLabel } from '../../ui/SeverityIcon';
import type { ProblemLocation } from './locate';

interface Props {
  problem: LintProblem;
  location: ProblemLocation;
  onChoose: (problem: LintProblem, location: ProblemLocation) => void;
}

/** "Send email › Subject": the node and, when known, the field the inspector will focus. */
export function whereText(location: ProblemLocation): string {
  return location.fieldLabel ? `${location.nodeLabel} › ${location.fieldLabel}` : location.nodeLabel;
}

/** One problem: a button that reveals its node; the code's help text is its description and tooltip. */
function ProblemRowComponent({ problem, location, onChoose }: Props) {
  const helpId = useId();
  const info = LINT_CODES[problem.code];
  const severity = severityLabel(problem.severity);
  return (
    <li>
      <button
        type="button"
        data-problem-row=""
        data-node-id={location.nodeId}
        // An explicit name: read in one breath instead of the row's visual fragments.
        aria-label={`${severity}: ${whereText(location)}. ${problem.message} ${problem.code}`}
        aria-describedby={helpId}
        onClick={() => onChoose(problem, location)}
        className="flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-500 dark:hover:bg-slate-800"
      >
        <span className="mt-0.5">
          <SeverityIcon severity={problem.severity} />
        </span>
        <span className="min-w-0 flex-1">
          <span className="flex items-baseline gap-2">
            <span className="min-w-0 truncate text-[13px] font-medium text-slate-800 dark:text-slate-100">
              {location.nodeLabel}
              {location.typeTitle && (
                <span className="font-normal text-slate-500 dark:text-slate-400">
                  {' '}
                  · {location.typeTitle}
                </span>
              )}
              {location.fieldLabel && (
                <span className="font-normal text-slate-500 dark:text-slate-400">
                  {' '}
                  › {location.fieldLabel}
                </span>
              )}
            </span>
            <span
              title={`${info.title}: ${info.help}`}
              className="ml-auto shrink-0 rounded bg-slate-100 px-1 font-mono text-[10px] text-slate-600 dark:bg-slate-800 dark:text-slate-300"
            >
              {problem.code}
            </span>
          </span>
          <span className="block text-xs leading-4 text-slate-600 dark:text-slate-400">
            {problem.message}
          </span>
          <span id={helpId} className="sr-only">
            {`${info.title}. ${info.help}`}
          </span>
        </span>
      </button>
    </li>
  );
}

export const ProblemRow = memo(ProblemRowComponent);
