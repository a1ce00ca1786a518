import type { Expectation } from '../../../domain/expectations';
import { ROBOT_OUTCOMES, STATUS_OUTCOMES } from '../../../domain/expectations';
import { findField, orderFields } from '../../../domain/fields';
import type { Environment } from '../../../domain/scenario';
import type { Flow } from '../../../domain/flow';
import { Field } from '../../../ui/Field';
import { buttonClass, inputClass, linkButtonClass, selectClass } from '../../../ui/formStyles';
import { flowNames } from '../format';
import type { ExpectKind } from './expectationDrafts';
import { changeKind, expectationKind, KIND_LABELS, newExpectation, parseEquals } from './expectationDrafts';
import { Section } from './Section';
import type { SectionProps } from './types';

const ROBOT_WORDS: Record<(typeof ROBOT_OUTCOMES)[number], string> = {
  done: 'done',
  failed: 'failed',
  skipped: 'skipped',
  cancelled: 'cancelled',
  'not-run': 'not run',
  pending: 'still waiting at the end',
};
const STATUS_WORDS: Record<(typeof STATUS_OUTCOMES)[number], string> = {
  entered: 'entered',
  'not-entered': 'not entered',
  final: 'where the order ends',
};

/** "What must happen": the scenario's expectations, judged after each run and in the Tests tab. */
export function ExpectSection({
  flow,
  environment,
  scenario,
  edit,
  messages,
}: SectionProps & { flow: Flow; environment: Environment }) {
  const list = scenario.expect ?? [];
  const names = flowNames(flow);
  const fields = orderFields(environment.customFields);
  const set = (i: number, next: Expectation) => edit((d) => void (d.expect![i] = next));
  const m = (i: number) => [...messages].filter(([p]) => p.startsWith(`expect.${i}`)).flatMap(([, l]) => l);
  const robotSelect = (i: number, e: { robot: string }) => (
    <Field label={`Expectation ${i + 1}: robot`}>
      {(c) => (
        <select
          {...c}
          className={selectClass}
          value={e.robot}
          onChange={(ev) => set(i, { ...e, robot: ev.target.value } as Expectation)}
        >
          {flow.robots.map((r) => (
            <option key={r.id} value={r.id}>
              {names.robot(r.id)} ({names.status(r.status)})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const byInput = (i: number, e: Expectation & { by?: string }) => (
    <Field
      label={`Expectation ${i + 1}: by`}
      help="Optional: a duration from the start (P1D, PT2H) or a date"
    >
      {(c) => (
        <input
          {...c}
          className={inputClass}
          value={e.by ?? ''}
          onChange={(ev) => {
            const { by: _drop, ...rest } = e;
            set(i, (ev.target.value === '' ? rest : { ...rest, by: ev.target.value }) as Expectation);
          }}
        />
      )}
    </Field>
  );
  return (
    <Section title={`Expect (${list.length})`}>
      <p className="text-xs text-fg-subtle">
        What must happen in this run. Each run shows which hold; the Tests tab checks every scenario.
      </p>
      <ol className="space-y-2">
        {list.map((e, i) => {
          const kind = expectationKind(e);
          return (
            <li key={i} className="space-y-1 rounded border border-border p-2">
              <div className="grid grid-cols-2 gap-2">
                <Field label={`Expectation ${i + 1}`} messages={m(i)}>
                  {(c) => (
                    <select
                      {...c}
                      className={selectClass}
                      value={kind}
                      onChange={(ev) => set(i, changeKind(e, ev.target.value as ExpectKind, flow))}
                    >
                      {(Object.keys(KIND_LABELS) as ExpectKind[]).map((k) => (
                        <option key={k} value={k}>
                          {KIND_LABELS[k]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {'robot' in e && robotSelect(i, e)}
                {'is' in e && 'robot' in e && (
                  <Field label={`Expectation ${i + 1}: robot is`}>
                    {(c) => (
                      <select
                        {...c}
                        className={selectClass}
                        value={e.is}
                        onChange={(ev) => set(i, { ...e, is: ev.target.value as typeof e.is })}
                      >
                        {ROBOT_OUTCOMES.map((o) => (
                          <option key={o} value={o}>
                            {ROBOT_WORDS[o]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                )}
                {'status' in e && (
                  <>
                    <Field label={`Expectation ${i + 1}: status`}>
                      {(c) => (
                        <select
                          {...c}
                          className={selectClass}
                          value={e.status}
                          onChange={(ev) => set(i, { ...e, status: ev.target.value })}
                        >
                          {flow.statuses.map((s) => (
                            <option key={s.id} value={s.id}>
                              {s.name}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    <Field label={`Expectation ${i + 1}: status is`}>
                      {(c) => (
                        <select
                          {...c}
                          className={selectClass}
                          value={e.is}
                          onChange={(ev) => set(i, { ...e, is: ev.target.value as typeof e.is })}
                        >
                          {STATUS_OUTCOMES.map((o) => (
                            <option key={o} value={o}>
                              {STATUS_WORDS[o]}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </>
                )}
                {(kind === 'robot' || kind === 'status') && 'is' in e && e.is !== 'final' && byInput(i, e)}
                {'output' in e && (
                  <>
                    <Field
                      label={`Expectation ${i + 1}: output`}
                      help="What the robot produced: text, subject, body, to, code…"
                    >
                      {(c) => (
                        <input
                          {...c}
                          className={inputClass}
                          value={e.output}
                          onChange={(ev) => set(i, { ...e, output: ev.target.value })}
                        />
                      )}
                    </Field>
                    <Field
                      label={`Expectation ${i + 1}: contains`}
                      help="Leave as is to compare the whole text instead"
                    >
                      {(c) => (
                        <input
                          {...c}
                          className={inputClass}
                          value={'contains' in e ? e.contains : String(e.equals)}
                          onChange={(ev) =>
                            set(i, { robot: e.robot, output: e.output, contains: ev.target.value })
                          }
                        />
                      )}
                    </Field>
                  </>
                )}
                {'field' in e && (
                  <>
                    <Field label={`Expectation ${i + 1}: field`}>
                      {(c) => (
                        <select
                          {...c}
                          className={selectClass}
                          value={e.field}
                          onChange={(ev) => set(i, { ...e, field: ev.target.value })}
                        >
                          {fields.map((f) => (
                            <option key={f.path} value={f.path}>
                              {f.label}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    <Field label={`Expectation ${i + 1}: equals`}>
                      {(c) =>
                        findField(e.field, environment.customFields)?.type === 'boolean' ? (
                          <select
                            {...c}
                            className={selectClass}
                            value={String(e.equals)}
                            onChange={(ev) => set(i, { ...e, equals: ev.target.value === 'true' })}
                          >
                            <option value="true">Yes</option>
                            <option value="false">No</option>
                          </select>
                        ) : (
                          <input
                            {...c}
                            className={inputClass}
                            value={typeof e.equals === 'string' ? e.equals : JSON.stringify(e.equals)}
                            onChange={(ev) =>
                              set(i, {
                                ...e,
                                equals: parseEquals(
                                  ev.target.value,
                                  findField(e.field, environment.customFields),
                                ) as string,
                              })
                            }
                          />
                        )
                      }
                    </Field>
                  </>
                )}
              </div>
              <button
                type="button"
                className={linkButtonClass}
                aria-label={`Remove expectation ${i + 1}`}
                onClick={() =>
                  edit((d) => {
                    d.expect!.splice(i, 1);
                    if (d.expect!.length === 0) delete d.expect;
                  })
                }
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className={buttonClass}
        onClick={() => edit((d) => void (d.expect ??= []).push(newExpectation('robot', flow)))}
      >
        Add expectation
      </button>
    </Section>
  );
}
