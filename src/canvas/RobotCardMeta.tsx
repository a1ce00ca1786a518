import { memo, useId } from 'react';
import type { MouseEvent } from 'react';
import type { Robot } from '../domain/flow';
import type { LintProblem, Severity } from '../domain/lint';
import { environmentOf, nodeProblemsOf, useDesigner, useDesignerStoreApi, useLintUpdates } from '../store';
import { useTranslator } from '../i18n/react';
import { Icon } from '../ui';
import { SeverityIcon } from '../ui/SeverityIcon';
import { personRoleText, responsibleLine } from './responsible';

const BADGE_TONE: Record<Severity, string> = {
  error: 'bg-danger-soft text-rose-700 ring-rose-300 dark:text-rose-300 dark:ring-rose-800',
  warning: 'bg-warning-soft text-amber-800 ring-amber-300 dark:text-amber-300 dark:ring-amber-800',
  info: 'bg-sky-50 text-sky-700 ring-sky-300 dark:bg-sky-950 dark:text-sky-300 dark:ring-sky-800',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const worstOf = (problems: readonly LintProblem[]): Severity =>
  problems.reduce<Severity>((w, p) => (RANK[p.severity] < RANK[w] ? p.severity : w), 'info');

/** Tries for a few frames: the problems panel renders its rows after it is opened. */
function focusProblemRow(nodeId: string, tries = 5) {
  requestAnimationFrame(() => {
    const row = document.querySelector<HTMLElement>(
      `[data-problem-row][data-node-id="${CSS.escape(nodeId)}"]`,
    );
    if (row) {
      row.focus();
      row.scrollIntoView?.({ block: 'nearest' });
    } else if (tries > 0) focusProblemRow(nodeId, tries - 1);
  });
}

/** The count of a card's lint problems, coloured by the worst; opens the problems panel at them. */
function ProblemsBadge({ nodeId, problems }: { nodeId: string; problems: readonly LintProblem[] }) {
  const store = useDesignerStoreApi();
  const listId = useId();
  const worst = worstOf(problems);
  const { t } = useTranslator();
  const label = t('canvas.card.problems', { count: problems.length });
  const onClick = (event: MouseEvent) => {
    event.stopPropagation();
    const state = store.getState();
    state.select([nodeId]);
    state.setProblemsOpen(true);
    focusProblemRow(nodeId);
  };
  return (
    <>
      <button
        type="button"
        // nodrag/nopan: a press on the badge is a click, not the start of a card drag or a pan.
        className={`nodrag nopan inline-flex shrink-0 items-center gap-1 rounded-full px-1.5 text-[11px] font-semibold leading-4 ring-1 ring-inset hover:brightness-95 focus-visible:outline-2 focus-visible:outline-brand-500 ${BADGE_TONE[worst]}`}
        aria-label={label}
        aria-describedby={listId}
        title={t('canvas.card.problems.hint', { count: problems.length })}
        onClick={onClick}
      >
        <SeverityIcon severity={worst} size={12} flat />
        {problems.length}
      </button>
      <span id={listId} className="sr-only">
        {problems
          .map((p) => t('canvas.card.problem', { severity: p.severity, message: p.message }))
          .join(' ')}
      </span>
    </>
  );
}

/** The card's problems badge: its lint problems, counted and coloured by the worst. */
function RobotProblemsComponent({ robotId }: { robotId: string }) {
  useLintUpdates();
  const problems = useDesigner((s) => nodeProblemsOf(s, robotId));
  return problems.length > 0 ? <ProblemsBadge nodeId={robotId} problems={problems} /> : null;
}

/**
 * The person a robot involves (assignee, recipients, new responsible), as a chip of the card's
 * last line; named from the reference data through a narrow subscription to the employee list.
 */
function RobotPersonComponent({ robot }: { robot: Robot }) {
  const employees = useDesigner((s) => environmentOf(s).employees);
  const translator = useTranslator();
  const person = responsibleLine(robot, employees, translator);
  if (!person) return null;
  const names = person.names.join(', ');
  const role = personRoleText(person.role, translator);
  return (
    <span
      className="inline-flex min-w-0 items-center gap-1 text-[11px] leading-4 text-fg-secondary"
      title={translator.t('canvas.card.person', { role, names })}
    >
      <Icon name="user" size={12} flat="text-slate-400" />
      <span className="sr-only">{translator.t('canvas.card.person', { role, names: '' })}</span>
      <span className="truncate">{names}</span>
    </span>
  );
}

export const RobotProblems = memo(RobotProblemsComponent);
export const RobotPerson = memo(RobotPersonComponent);
