import { useMemo } from 'react';
import type { Flow } from '../../domain/flow';
import type { Scenario } from '../../domain/scenario';
import type { Timeline } from '../../domain/timeline';
import { explainRun, formatExplanation } from '../../engine/explain';
import { flowNames } from '../../engine/names';
import { formatWhen, offsetFrom } from './format';

/** "Why didn't it run?": one reason for every robot not done and every trigger that never fired. */
export function Explanations({
  flow,
  scenario,
  timeline,
}: {
  flow: Flow;
  scenario: Scenario;
  timeline: Timeline;
}) {
  const list = useMemo(() => explainRun(flow, scenario, timeline), [flow, scenario, timeline]);
  const names = flowNames(flow, false);
  const when = (at: string) =>
    `${offsetFrom(scenario.start.at, at)} (${formatWhen(at, flow.settings.timezone)})`;
  return (
    <details className="rounded border border-border text-xs">
      <summary className="cursor-pointer select-none px-2 py-1 font-semibold">
        Why didn't it run? ({list.length})
      </summary>
      <ul aria-label="Why robots and triggers did not act" className="space-y-1 p-2">
        {list.map((e) => (
          <li key={`${e.node}:${e.id}`}>
            <span className="font-medium">
              {e.node === 'robot' ? names.robot(e.id) : `Trigger ${names.trigger(e.id)}`}
            </span>
            : {formatExplanation(e, names, when)}
          </li>
        ))}
        {list.length === 0 && <li>Every robot was done and every trigger fired.</li>}
      </ul>
    </details>
  );
}
