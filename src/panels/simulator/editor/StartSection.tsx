import type { Flow } from '../../../domain/flow';
import { useTranslator } from '../../../i18n/react';
import { Field } from '../../../ui/Field';
import { NumberInput } from '../../../ui/NumberInput';
import { inputClass, selectClass } from '../../../ui/formStyles';
import { Section } from './Section';
import type { SectionProps } from './types';

/** Name, where and when the order starts, when the run stops, and the engine's limits. */
export function StartSection({ flow, scenario, edit, messages }: SectionProps & { flow: Flow }) {
  const translator = useTranslator();
  const { t } = translator;
  const m = (path: string) => messages.get(path);
  return (
    <Section title={t('scenario.start.title')}>
      <Field label={t('scenario.start.name')}>
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
        <Field label={t('scenario.start.status')} required messages={m('start.status')}>
          {(c) => (
            <select
              {...c}
              className={selectClass}
              value={scenario.start.status}
              onChange={(e) => edit((d) => void (d.start.status = e.target.value as typeof d.start.status))}
            >
              {!flow.statuses.some((s) => s.id === scenario.start.status) && (
                <option value={scenario.start.status}>{t('scenario.start.unknownStatus')}</option>
              )}
              {flow.statuses.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('scenario.start.at')}
          required
          help={t('scenario.start.at.hint')}
          messages={m('start.at')}
        >
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
        label={t('scenario.start.until')}
        help={t('scenario.start.until.hint', { duration: translator.duration(30, 'day') })}
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
          label={t('scenario.start.maxTransitions')}
          help={t('scenario.start.maxTransitions.hint', { value: translator.number(100) })}
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
        <Field
          label={t('scenario.start.maxEntries')}
          help={t('scenario.start.maxEntries.hint', { value: translator.number(100000) })}
          messages={m('limits.maxEntries')}
        >
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
