import type { Flow } from '../../../domain/flow';
import { Field } from '../../../ui/Field';
import { NumberInput } from '../../../ui/NumberInput';
import { inputClass, selectClass } from '../../../ui/formStyles';
import { Section } from './Section';
import type { SectionProps } from './types';

/** Name, where and when the order starts, when the run stops, and the engine's limits. */
export function StartSection({ flow, scenario, edit, messages }: SectionProps & { flow: Flow }) {
  const m = (path: string) => messages.get(path);
  return (
    <Section title="Start, end and limits">
      <Field label="Scenario name">
        {(c) => (
          <input
            {...c}
            className={inputClass}
            value={scenario.name}
            onChange={(e) => edit((d) => void (d.name = e.target.value))}
          />
        )}
      </Field>
      <div className="grid grid-cols-2 gap-2">
        <Field label="Start status" required messages={m('start.status')}>
          {(c) => (
            <select
              {...c}
              className={selectClass}
              value={scenario.start.status}
              onChange={(e) => edit((d) => void (d.start.status = e.target.value as typeof d.start.status))}
            >
              {!flow.statuses.some((s) => s.id === scenario.start.status) && (
                <option value={scenario.start.status}>—</option>
              )}
              {flow.statuses.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Start time" required help="An instant with Z or an offset" messages={m('start.at')}>
          {(c) => (
            <input
              {...c}
              className={inputClass}
              value={scenario.start.at}
              onChange={(e) => edit((d) => void (d.start.at = e.target.value))}
            />
          )}
        </Field>
      </div>
      <Field
        label="Run until"
        help="An instant, or a duration from the start such as P30D (default 30 days)"
        messages={m('until')}
      >
        {(c) => (
          <input
            {...c}
            className={inputClass}
            placeholder="P30D"
            value={scenario.until ?? ''}
            onChange={(e) =>
              edit((d) => {
                if (e.target.value === '') delete d.until;
                else d.until = e.target.value;
              })
            }
          />
        )}
      </Field>
      <div className="grid grid-cols-2 gap-2">
        <Field
          label="Most status changes"
          help="The loop guard (default 100)"
          messages={m('limits.maxTransitions')}
        >
          {(c) => (
            <NumberInput
              {...c}
              min={0}
              value={scenario.limits?.maxTransitions}
              onValueChange={(v) => edit((d) => setLimit(d, 'maxTransitions', v))}
            />
          )}
        </Field>
        <Field label="Most log entries" help="Default 100000" messages={m('limits.maxEntries')}>
          {(c) => (
            <NumberInput
              {...c}
              min={1}
              value={scenario.limits?.maxEntries}
              onValueChange={(v) => edit((d) => setLimit(d, 'maxEntries', v))}
            />
          )}
        </Field>
      </div>
    </Section>
  );
}

function setLimit(
  d: SectionProps['scenario'],
  key: 'maxTransitions' | 'maxEntries',
  value: number | undefined,
) {
  const limits = { ...d.limits };
  if (value === undefined) delete limits[key];
  else limits[key] = value;
  // An empty limits object is left out, as an exported scenario would be.
  if (Object.keys(limits).length) d.limits = limits;
  else delete d.limits;
}
