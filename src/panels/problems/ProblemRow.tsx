import { memo, useId } from 'react';
import type { LintProblem } from '../../domain/lint';
import { lintHelp, lintTitle } from '../../domain/lint/codeText';
import { useTranslator } from '../../i18n/react';
import { fullText } from '../../ui/FullText';
import { SeverityIcon } from '../../ui/SeverityIcon';
import type { ProblemLocation } from './locate';

interface Props {
  problem: LintProblem;
  location: ProblemLocation;
  onChoose: (problem: LintProblem, location: ProblemLocation) => void;
  onFix?: ((problem: LintProblem) => void) | undefined;
}

/** "Send email › Subject": the node and, when known, the field the inspector will focus. */
export function whereText(location: ProblemLocation): string {
  return location.fieldLabel ? `${location.nodeLabel} › ${location.fieldLabel}` : location.nodeLabel;
}

/** What the row's first line shows: "Reminder · Send email › Subject". */
const shownWhere = (location: ProblemLocation): string =>
  `${location.nodeLabel}${location.typeTitle ? ` · ${location.typeTitle}` : ''}${
    location.fieldLabel ? ` › ${location.fieldLabel}` : ''
  }`;

/** One problem: a button that reveals its node; the code's help text is its description and tooltip. */
function ProblemRowComponent({ problem, location, onChoose, onFix }: Props) {
  const helpId = useId();
  const translator = useTranslator();
  const { t } = translator;
  // A code this build does not know (a newer server's) still shows its message.
  const info = { title: lintTitle(problem.code, translator), help: lintHelp(problem.code, translator) };
  const severity = t(`lint.severity.${problem.severity}`);
  return (
    <li>
      <button
        type="button"
        data-problem-row=""
        data-node-id={location.nodeId}
        // An explicit name: read in one breath instead of the row's visual fragments, holding all
        // the row shows in the order it shows it (the code is drawn top right but comes last).
        aria-label={t('lint.row.label', {
          severity,
          where: shownWhere(location),
          message: problem.message,
          code: problem.code,
        })}
        aria-describedby={helpId}
        onClick={() => onChoose(problem, location)}
        className="grid w-full grid-cols-[auto_minmax(0,1fr)_auto] items-start gap-x-2 rounded-md px-2 py-1.5 text-left hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-500"
      >
        <span className="row-span-2 mt-0.5">
          <SeverityIcon severity={problem.severity} />
        </span>
        <span
          className="min-w-0 truncate text-[13px] font-medium text-slate-800 dark:text-slate-100"
          {...fullText(shownWhere(location))}
        >
          {location.nodeLabel}
          {location.typeTitle && <span className="font-normal text-fg-muted"> · {location.typeTitle}</span>}
          {location.fieldLabel && <span className="font-normal text-fg-muted"> › {location.fieldLabel}</span>}
        </span>{' '}
        <span className="col-start-2 row-start-2 text-xs leading-4 text-fg-subtle">{problem.message}</span>{' '}
        <span
          title={`${info.title}: ${info.help}`}
          className="col-start-3 row-start-1 rounded bg-surface-raised px-1 font-mono text-[10px] text-fg-secondary"
        >
          {problem.code}
        </span>
        <span id={helpId} className="sr-only">
          {`${info.title}. ${info.help}`}
        </span>
      </button>
      {problem.fix && onFix && (
        // A button of its own beside the row (buttons do not nest); named for what it does and where.
        <button
          type="button"
          aria-label={t('lint.fix.label', { node: location.nodeLabel, fix: problem.fix.title })}
          onClick={() => onFix(problem)}
          className="ml-8 mb-1 rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-brand-300"
        >
          {t('lint.fix.button', { fix: problem.fix.title })}
        </button>
      )}
    </li>
  );
}

export const ProblemRow = memo(ProblemRowComponent);
