import type { Flow } from '../../../domain/flow';
import type { Reaction } from '../../../domain/scenario';
import type { EventType } from '../../../domain/types';
import { Field } from '../../../ui/Field';
import { buttonClass, inputClass, linkButtonClass, selectClass } from '../../../ui/formStyles';
import { EventTypeOptions } from './eventOptions';
import { JsonInput } from './JsonInput';
import { Section } from './Section';
import type { SectionProps } from './types';

/** "When robot X has sent its email, 2 hours later the client views it": events answering events. */
export function ReactionsSection({ flow, scenario, edit, messages }: SectionProps & { flow: Flow }) {
  const m = (path: string) => messages.get(path);
  const reactions = scenario.reactions ?? [];
  const set = (i: number, recipe: (r: Reaction) => void) => edit((d) => recipe(d.reactions![i]!));
  return (
    <Section title={`Reactions (${reactions.length})`}>
      <ol className="space-y-2">
        {reactions.map((r, i) => (
          <li key={i} className="space-y-1 rounded border border-border p-2">
            <div className="grid grid-cols-2 gap-2">
              <Field label={`Reaction ${i + 1}: on event`} messages={m(`reactions.${i}.on`)}>
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
              <Field label={`Reaction ${i + 1}: from robot`} messages={m(`reactions.${i}.robot`)}>
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
                    <option value="">Any source</option>
                    {flow.robots.map((robot) => (
                      <option key={robot.id} value={robot.id}>
                        {robot.name ?? robot.id}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                label={`Reaction ${i + 1}: after`}
                help="A duration such as PT2H"
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
              <Field label={`Reaction ${i + 1}: emit event`} messages={m(`reactions.${i}.emit.type`)}>
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
              label={`Reaction ${i + 1}: emitted data`}
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
              aria-label={`Remove reaction ${i + 1}`}
              onClick={() =>
                edit((d) => {
                  d.reactions!.splice(i, 1);
                  if (d.reactions!.length === 0) delete d.reactions;
                })
              }
            >
              Remove
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
        Add reaction
      </button>
    </Section>
  );
}
