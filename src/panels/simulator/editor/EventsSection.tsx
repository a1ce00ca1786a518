import type { ScenarioEvent } from '../../../domain/scenario';
import type { EventType } from '../../../domain/types';
import { useTranslator } from '../../../i18n/react';
import { Field } from '../../../ui/Field';
import { buttonClass, inputClass, linkButtonClass, selectClass } from '../../../ui/formStyles';
import { EventTypeOptions } from './eventOptions';
import { JsonInput } from './JsonInput';
import { Section } from './Section';
import type { SectionProps } from './types';

/** What happens to the order from outside: payment, shipment, a client's email… each at a time. */
export function EventsSection({ scenario, edit, messages }: SectionProps) {
  const { t } = useTranslator();
  const m = (path: string) => messages.get(path);
  const set = (i: number, recipe: (e: ScenarioEvent) => void) => edit((d) => recipe(d.events[i]!));
  return (
    <Section title={t('scenario.events.title', { count: scenario.events.length })}>
      {scenario.events.length === 0 && <p className="text-xs text-fg-muted">{t('scenario.events.none')}</p>}
      <ol className="space-y-2">
        {scenario.events.map((event, i) => (
          <li key={i} className="space-y-1 rounded border border-border p-2">
            <div className="grid grid-cols-[1fr_10rem_auto] items-end gap-2">
              <Field label={t('scenario.events.type', { number: i + 1 })} messages={m(`events.${i}.type`)}>
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
                label={t('scenario.events.at', { number: i + 1 })}
                help={t('scenario.events.at.hint')}
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
                aria-label={t('scenario.events.remove', { number: i + 1 })}
                onClick={() => edit((d) => void d.events.splice(i, 1))}
              >
                {t('scenario.remove')}
              </button>
            </div>
            <JsonInput
              label={t('scenario.events.data', { number: i + 1 })}
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
        {t('scenario.events.add')}
      </button>
    </Section>
  );
}
