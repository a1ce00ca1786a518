import { useId, useState } from 'react';
import type { Command } from '../../domain/commands';
import type { Flow, Robot } from '../../domain/flow';
import { robotId } from '../../domain/ids';
import { namer } from '../../domain/naming';
import { allowedPrevious } from '../../domain/rules';
import { useTranslator } from '../../i18n/react';
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
  const candidates = allowedPrevious(flow, robot);
  // Names, never ids: two robots of the same name read "“Send SMS” (2nd in Paid)".
  const names = namer(flow, undefined, { t: translator });
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
      </select>
      {refusal && (
        <p id={`${id}-refusal`} role="alert" className="text-[11px] text-danger">
          {refusal}
        </p>
      )}
      {candidates.length === 0 && current === null && (
        <p className="text-[11px] text-fg-muted">{t('inspector.execution.none')}</p>
      )}
    </div>
  );
}
