import { useId, useMemo, useState } from 'react';
import type { Command } from '../../domain/commands';
import type { Flow, Robot } from '../../domain/flow';
import { robotId } from '../../domain/ids';
import { namer } from '../../domain/naming';
import { labelClass, selectClass } from '../../ui/formStyles';
import type { Dispatch } from './types';

export interface ExecutionSelectProps {
  flow: Flow;
  robot: Robot;
  dispatch: Dispatch;
}

/**
 * The robots `robot` may run after: those canConnect allows once its current link is set aside
 * (a robot has one previous robot, so every candidate would otherwise be refused as "has previous").
 * With that link aside, canConnect(candidate → robot) refuses only the robot itself, robots of other
 * statuses, and the robots that already come after it — following links across statuses too, as a
 * broken import may have them — because that link would close a loop. So they are found in one walk
 * down from the robot instead of one canConnect per candidate, which at 250 robots a lane was a
 * noticeable pause on every selection. A property test holds this to canConnect, the rule the
 * canvas's edge drag uses, so the two never disagree.
 */
export function allowedPrevious(flow: Flow, robot: Robot): Robot[] {
  const followers = new Map<string, string[]>();
  for (const r of flow.robots) {
    if (r.after === null || r.id === robot.id) continue;
    const list = followers.get(r.after);
    if (list) list.push(r.id);
    else followers.set(r.after, [r.id]);
  }
  const below = new Set<string>([robot.id]);
  const stack: string[] = [robot.id];
  while (stack.length > 0) {
    for (const next of followers.get(stack.pop()!) ?? []) {
      if (below.has(next)) continue;
      below.add(next);
      stack.push(next);
    }
  }
  return flow.robots.filter((r) => r.status === robot.status && !below.has(r.id));
}

/** "Execution: in parallel / after …", editing the same "after previous" edge as the canvas. */
export function ExecutionSelect({ flow, robot, dispatch }: ExecutionSelectProps) {
  const id = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  const candidates = allowedPrevious(flow, robot);
  // Names, never ids: two robots of the same name read "“Send SMS” (2nd in Paid)".
  const names = useMemo(() => namer(flow), [flow]);
  const current = robot.after;
  const stranger = current !== null && !candidates.some((r) => r.id === current);

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
        Execution
      </label>
      <select
        id={id}
        className={selectClass}
        value={current ?? ''}
        aria-describedby={refusal ? `${id}-refusal` : undefined}
        onChange={(e) => choose(e.target.value)}
      >
        <option value="">In parallel, when the status is entered</option>
        {stranger && <option value={current}>After {names.robot(current)} (not allowed)</option>}
        {candidates.map((r) => (
          <option key={r.id} value={r.id}>
            After {names.robot(r.id)}
          </option>
        ))}
      </select>
      {refusal && (
        <p id={`${id}-refusal`} role="alert" className="text-[11px] text-rose-700 dark:text-rose-400">
          {refusal}
        </p>
      )}
      {candidates.length === 0 && current === null && (
        <p className="text-[11px] text-slate-500 dark:text-slate-400">
          No other robot of this status can run before it.
        </p>
      )}
    </div>
  );
}
