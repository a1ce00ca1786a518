import type { ScenarioEvent } from '../../../domain/scenario';
import type { EventType } from '../../../domain/types';
import { Field } from '../../../ui/Field';
import { buttonClass, inputClass, linkButtonClass, selectClass } from '../../../ui/formStyles';
import { EventTypeOptions } from './eventOptions';
import { JsonInput } from './JsonInput';
import { Section } from './Section';
import type { SectionProps } from './types';

/** What happens to the order from outside: payment, shipment, a client's email… each at a time. */
export function EventsSection({ scenario, edit, messages }: SectionProps) {
  const m = (path: string) => messages.get(path);
  const set = (i: number, recipe: (e: ScenarioEvent) => void) => edit((d) => recipe(d.events[i]!));
  return (
    <Section title={`Events (${scenario.events.length})`}>
      {scenario.events.length === 0 && (
        <p className="text-xs text-fg-muted">No events: only the robots act.</p>
      )}
      <ol className="space-y-2">
        {scenario.events.map((event, i) => (
          <li key={i} className="space-y-1 rounded border border-border p-2">
            <div className="grid grid-cols-[1fr_10rem_auto] items-end gap-2">
              <Field label={`Event ${i + 1} type`} messages={m(`events.${i}.type`)}>
                {(c) => (
                  <select
                    {...c}
                    className={selectClass}
                    value={event.type}
                    onChange={(e) => set(i, (d) => void (d.type = e.target.value as EventType))}
                  >
                    <EventTypeOptions />
                  </select>
                )}
              </Field>
              <Field
                label={`Event ${i + 1} time`}
                help="PT2H after the start, or an instant"
                messages={m(`events.${i}.at`)}
              >
                {(c) => (
                  <input
                    {...c}
                    className={inputClass}
                    value={event.at}
                    onChange={(e) => set(i, (d) => void (d.at = e.target.value))}
                  />
                )}
              </Field>
              <button
                type="button"
                className={linkButtonClass}
                aria-label={`Remove event ${i + 1}`}
                onClick={() => edit((d) => void d.events.splice(i, 1))}
              >
                Remove
              </button>
            </div>
            <JsonInput
              label={`Event ${i + 1} data`}
              value={event.data}
              messages={m(`events.${i}.data`)}
              onChange={(data) =>
                set(i, (d) => {
                  if (data === undefined) delete d.data;
                  else d.data = data;
                })
              }
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={buttonClass}
        onClick={() => edit((d) => void d.events.push({ at: 'PT1H', type: 'payment.received' }))}
      >
        Add event
      </button>
    </Section>
  );
}
