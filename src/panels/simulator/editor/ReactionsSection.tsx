import type { Flow } from '../../../domain/flow';
import type { Reaction } from '../../../domain/scenario';
import type { EventType } from '../../../domain/types';
import { useTranslator } from '../../../i18n/react';
import { namer } from '../../../domain/naming';
import { Field } from '../../../ui/Field';
import { buttonClass, inputClass, linkButtonClass, selectClass } from '../../../ui/formStyles';
import { EventTypeOptions } from './eventOptions';
import { JsonInput } from './JsonInput';
import { Section } from './Section';
import type { SectionProps } from './types';

/** "When robot X has sent its email, 2 hours later the client views it": events answering events. */
export function ReactionsSection({ flow, scenario, edit, messages }: SectionProps & { flow: Flow }) {
  const translator = useTranslator();
  const { t } = translator;
  const names = namer(flow, undefined, { t: translator });
  const m = (path: string) => messages.get(path);
  const reactions = scenario.reactions ?? [];
  const set = (i: number, recipe: (r: Reaction) => void) => edit((d) => recipe(d.reactions![i]!));
  return (
    <Section title={t('scenario.reactions.title', { count: reactions.length })}>
      <ol className="space-y-2">
        {reactions.map((r, i) => (
          <li key={i} className="space-y-1 rounded border border-border p-2">
            <div className="grid grid-cols-2 gap-2">
              <Field label={t('scenario.reactions.on', { number: i + 1 })} messages={m(`reactions.${i}.on`)}>
                {(c) => (
                  <select
                    {...c}
                    className={selectClass}
                    value={r.on}
                    onChange={(e) => set(i, (d) => void (d.on = e.target.value as EventType))}
                  >
                    <EventTypeOptions />
                  </select>
                )}
              </Field>
              <Field
                label={t('scenario.reactions.robot', { number: i + 1 })}
                messages={m(`reactions.${i}.robot`)}
              >
                {(c) => (
                  <select
                    {...c}
                    className={selectClass}
                    value={r.robot ?? ''}
                    onChange={(e) =>
                      set(i, (d) => {
                        if (e.target.value === '') delete d.robot;
                        else d.robot = e.target.value as NonNullable<Reaction['robot']>;
                      })
                    }
                  >
                    <option value="">{t('scenario.reactions.anyRobot')}</option>
                    {flow.robots.map((robot) => (
                      <option key={robot.id} value={robot.id}>
                        {names.robot(robot.id, false)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                label={t('scenario.reactions.after', { number: i + 1 })}
                help={t('scenario.reactions.after.hint')}
                messages={m(`reactions.${i}.after`)}
              >
                {(c) => (
                  <input
                    {...c}
                    className={inputClass}
                    value={r.after}
                    onChange={(e) => set(i, (d) => void (d.after = e.target.value))}
                  />
                )}
              </Field>
              <Field
                label={t('scenario.reactions.emit', { number: i + 1 })}
                messages={m(`reactions.${i}.emit.type`)}
              >
                {(c) => (
                  <select
                    {...c}
                    className={selectClass}
                    value={r.emit.type}
                    onChange={(e) => set(i, (d) => void (d.emit.type = e.target.value as EventType))}
                  >
                    <EventTypeOptions />
                  </select>
                )}
              </Field>
            </div>
            <JsonInput
              label={t('scenario.reactions.emitData', { number: i + 1 })}
              value={r.emit.data}
              messages={m(`reactions.${i}.emit.data`)}
              onChange={(data) =>
                set(i, (d) => {
                  if (data === undefined) delete d.emit.data;
                  else d.emit.data = data;
                })
              }
            />
            <button
              type="button"
              className={linkButtonClass}
              aria-label={t('scenario.reactions.remove', { number: i + 1 })}
              onClick={() =>
                edit((d) => {
                  d.reactions!.splice(i, 1);
                  if (d.reactions!.length === 0) delete d.reactions;
                })
              }
            >
              {t('scenario.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={buttonClass}
        onClick={() =>
          edit(
            (d) =>
              void (d.reactions ??= []).push({
                on: 'email.sent',
                after: 'PT2H',
                emit: { type: 'email.viewed' },
              }),
          )
        }
      >
        {t('scenario.reactions.add')}
      </button>
    </Section>
  );
}
