import type { Expectation } from '../../../domain/expectations';
import { ROBOT_OUTCOMES, STATUS_OUTCOMES } from '../../../domain/expectations';
import { fieldLabel, findField, orderFields } from '../../../domain/fields';
import { namer } from '../../../domain/naming';
import type { MessageKey } from '../../../i18n/messageTypes';
import { useTranslator } from '../../../i18n/react';
import type { Environment } from '../../../domain/scenario';
import type { Flow } from '../../../domain/flow';
import { Field } from '../../../ui/Field';
import { buttonClass, inputClass, linkButtonClass, selectClass } from '../../../ui/formStyles';
import type { ExpectKind } from './expectationDrafts';
import { changeKind, expectationKind, KIND_LABELS, newExpectation, parseEquals } from './expectationDrafts';
import { Section } from './Section';
import type { SectionProps } from './types';

const ROBOT_WORDS = {
  done: 'scenario.expect.robotIs.done',
  failed: 'scenario.expect.robotIs.failed',
  skipped: 'scenario.expect.robotIs.skipped',
  cancelled: 'scenario.expect.robotIs.cancelled',
  'not-run': 'scenario.expect.robotIs.notRun',
  pending: 'scenario.expect.robotIs.pending',
} as const satisfies Record<(typeof ROBOT_OUTCOMES)[number], MessageKey>;
const STATUS_WORDS = {
  entered: 'scenario.expect.statusIs.entered',
  'not-entered': 'scenario.expect.statusIs.notEntered',
  final: 'scenario.expect.statusIs.final',
} as const satisfies Record<(typeof STATUS_OUTCOMES)[number], MessageKey>;

/** "What must happen": the scenario's expectations, judged after each run and in the Tests tab. */
export function ExpectSection({
  flow,
  environment,
  scenario,
  edit,
  messages,
}: SectionProps & { flow: Flow; environment: Environment }) {
  const list = scenario.expect ?? [];
  const translator = useTranslator();
  const { t } = translator;
  const names = namer(flow, environment, { t: translator });
  const fields = orderFields(environment.customFields);
  const set = (i: number, next: Expectation) => edit((d) => void (d.expect![i] = next));
  const m = (i: number) => [...messages].filter(([p]) => p.startsWith(`expect.${i}`)).flatMap(([, l]) => l);
  const robotSelect = (i: number, e: { robot: string }) => (
    <Field label={t('scenario.expect.robot', { number: i + 1 })}>
      {(c) => (
        <select
          {...c}
          className={selectClass}
          value={e.robot}
          onChange={(ev) => set(i, { ...e, robot: ev.target.value } as Expectation)}
        >
          {flow.robots.map((r) => (
            <option key={r.id} value={r.id}>
              {t('scenario.expect.robot.option', {
                robot: names.robot(r.id, false),
                status: names.status(r.status),
              })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const byInput = (i: number, e: Expectation & { by?: string }) => (
    <Field label={t('scenario.expect.by', { number: i + 1 })} help={t('scenario.expect.by.hint')}>
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
    <Section title={t('scenario.expect.title', { count: list.length })}>
      <p className="text-xs text-fg-subtle">{t('scenario.expect.intro')}</p>
      <ol className="space-y-2">
        {list.map((e, i) => {
          const kind = expectationKind(e);
          return (
            <li key={i} className="space-y-1 rounded border border-border p-2">
              <div className="grid grid-cols-2 gap-2">
                <Field label={t('scenario.expect.kind', { number: i + 1 })} messages={m(i)}>
                  {(c) => (
                    <select
                      {...c}
                      className={selectClass}
                      value={kind}
                      onChange={(ev) => set(i, changeKind(e, ev.target.value as ExpectKind, flow))}
                    >
                      {(Object.keys(KIND_LABELS) as ExpectKind[]).map((k) => (
                        <option key={k} value={k}>
                          {t(KIND_LABELS[k])}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {'robot' in e && robotSelect(i, e)}
                {'is' in e && 'robot' in e && (
                  <Field label={t('scenario.expect.robotIs', { number: i + 1 })}>
                    {(c) => (
                      <select
                        {...c}
                        className={selectClass}
                        value={e.is}
                        onChange={(ev) => set(i, { ...e, is: ev.target.value as typeof e.is })}
                      >
                        {ROBOT_OUTCOMES.map((o) => (
                          <option key={o} value={o}>
                            {t(ROBOT_WORDS[o])}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                )}
                {'status' in e && (
                  <>
                    <Field label={t('scenario.expect.status', { number: i + 1 })}>
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
                    <Field label={t('scenario.expect.statusIs', { number: i + 1 })}>
                      {(c) => (
                        <select
                          {...c}
                          className={selectClass}
                          value={e.is}
                          onChange={(ev) => set(i, { ...e, is: ev.target.value as typeof e.is })}
                        >
                          {STATUS_OUTCOMES.map((o) => (
                            <option key={o} value={o}>
                              {t(STATUS_WORDS[o])}
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
                      label={t('scenario.expect.output', { number: i + 1 })}
                      help={t('scenario.expect.output.hint')}
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
                      label={t('scenario.expect.contains', { number: i + 1 })}
                      help={t('scenario.expect.contains.hint')}
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
                    <Field label={t('scenario.expect.field', { number: i + 1 })}>
                      {(c) => (
                        <select
                          {...c}
                          className={selectClass}
                          value={e.field}
                          onChange={(ev) => set(i, { ...e, field: ev.target.value })}
                        >
                          {fields.map((f) => (
                            <option key={f.path} value={f.path}>
                              {f.group === 'custom'
                                ? f.label
                                : fieldLabel(f.path, translator, environment.customFields)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    <Field label={t('scenario.expect.equals', { number: i + 1 })}>
                      {(c) =>
                        findField(e.field, environment.customFields)?.type === 'boolean' ? (
                          <select
                            {...c}
                            className={selectClass}
                            value={String(e.equals)}
                            onChange={(ev) => set(i, { ...e, equals: ev.target.value === 'true' })}
                          >
                            <option value="true">{t('scenario.expect.yes')}</option>
                            <option value="false">{t('scenario.expect.no')}</option>
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
                aria-label={t('scenario.expect.remove', { number: i + 1 })}
                onClick={() =>
                  edit((d) => {
                    d.expect!.splice(i, 1);
                    if (d.expect!.length === 0) delete d.expect;
                  })
                }
              >
                {t('scenario.remove')}
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
        {t('scenario.expect.add')}
      </button>
    </Section>
  );
}
