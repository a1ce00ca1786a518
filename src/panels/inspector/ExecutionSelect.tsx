import { memo, useDeferredValue, useId, useState } from 'react';
import type { Command } from '../../domain/commands';
import type { Flow, Robot } from '../../domain/flow';
import { robotId } from '../../domain/ids';
import { namer, robotTitle } from '../../domain/naming';
import { allowedPrevious } from '../../domain/rules';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import { labelClass, selectClass } from '../../ui/formStyles';
import type { Dispatch } from './types';

export interface ExecutionSelectProps {
  flow: Flow;
  robot: Robot;
  dispatch: Dispatch;
}

/** "Execution: in parallel / after …", editing the same "after previous" edge as the canvas. */
export function ExecutionSelect({ flow, robot, dispatch }: ExecutionSelectProps) {
  const id = useId();
  const translator = useTranslator();
  const { t } = translator;
  const [refusal, setRefusal] = useState<string | null>(null);
  // The list is judged and named against the whole design (every robot of the lane, every title
  // that two cards share): in a design of thousands of robots that is more than a keystroke in the
  // name field may wait for, so the list follows the edit a moment later, after it is on screen.
  // Likewise when the inspector opens: the list arrives right after the first paint (null until then).
  const listedFlow = useDeferredValue<Flow | null>(flow, null);
  const listedRobot = useDeferredValue<Robot | null>(robot, null);
  const current = robot.after;

  const choose = (to: string) => {
    const commands: Command[] = [];
    if (current !== null) commands.push({ type: 'edge.disconnect', to: robot.id });
    if (to !== '') commands.push({ type: 'edge.connect', from: robotId(to), to: robot.id });
    if (commands.length === 0) return;
    // Re-pointing is disconnect + connect; a batch keeps it one undo step and all-or-nothing.
    const result = dispatch(commands.length === 1 ? commands[0]! : { type: 'batch', commands });
    setRefusal(result.ok ? null : result.reason);
  };

  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {t('inspector.execution.label')}
      </label>
      <select
        id={id}
        className={selectClass}
        value={current ?? ''}
        aria-describedby={refusal ? `${id}-refusal` : undefined}
        onChange={(e) => choose(e.target.value)}
      >
        <option value="">{t('inspector.execution.parallel')}</option>
        <ExecutionOptions
          flow={listedFlow}
          robot={listedRobot}
          current={current}
          translator={translator}
          firstName={listedFlow === null ? firstNameOf(flow, current, translator) : undefined}
        />
      </select>
      {refusal && (
        <p id={`${id}-refusal`} role="alert" className="text-[11px] text-danger">
          {refusal}
        </p>
      )}
      <NoCandidates flow={listedFlow} robot={listedRobot} current={current} translator={translator} />
    </div>
  );
}

/** "After “Send SMS”": the robot this one runs after, by its title alone (no place: that needs the whole design). */
function firstNameOf(flow: Flow, current: string | null, translator: Translator): string | undefined {
  const previous = current === null ? undefined : flow.robots.find((r) => r.id === current);
  if (!previous) return undefined;
  const name = translator.t('catalog.names.quoted', { text: robotTitle(previous, translator) });
  return translator.t('inspector.execution.after', { name });
}

/** One judgement per version and robot, shared by the list and the hint below it. */
const judged = new WeakMap<Flow, WeakMap<Robot, Robot[]>>();
function candidatesOf(flow: Flow, robot: Robot): Robot[] {
  let byRobot = judged.get(flow);
  if (!byRobot) judged.set(flow, (byRobot = new WeakMap()));
  let candidates = byRobot.get(robot);
  if (!candidates) byRobot.set(robot, (candidates = allowedPrevious(flow, robot)));
  return candidates;
}

interface OptionsProps {
  /** What the first paint shows for the robot this one runs after. */
  firstName?: string;
  /** Null for the first paint, before the list is judged. */
  flow: Flow | null;
  robot: Robot | null;
  current: string | null;
  translator: Translator;
}

/** The robots this one may run after, by name ("“Send SMS” (2nd in Paid)"), never by id. */
const ExecutionOptions = memo(function ExecutionOptions({
  flow,
  robot,
  current,
  translator,
  firstName,
}: OptionsProps) {
  const { t } = translator;
  // Not judged yet: the chosen robot alone, by its title, so the select already shows what it runs after.
  if (flow === null || robot === null)
    return current === null ? null : <option value={current}>{firstName}</option>;
  const candidates = candidatesOf(flow, robot);
  const names = namer(flow, undefined, { t: translator });
  const stranger = current !== null && !candidates.some((r) => r.id === current);
  return (
    <>
      {stranger && (
        <option value={current}>
          {t('inspector.execution.afterNotAllowed', { name: names.robot(current) })}
        </option>
      )}
      {candidates.map((r) => (
        <option key={r.id} value={r.id}>
          {t('inspector.execution.after', { name: names.robot(r.id) })}
        </option>
      ))}
    </>
  );
});

const NoCandidates = memo(function NoCandidates({ flow, robot, current, translator }: OptionsProps) {
  if (flow === null || robot === null || current !== null || candidatesOf(flow, robot).length > 0)
    return null;
  return <p className="text-[11px] text-fg-muted">{translator.t('inspector.execution.none')}</p>;
});
