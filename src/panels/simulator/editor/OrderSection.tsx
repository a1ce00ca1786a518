import type { FieldInfo } from '../../../domain/fields';
import { fieldLabel, orderFields } from '../../../domain/fields';
import { useTranslator } from '../../../i18n/react';
import type { Environment } from '../../../domain/scenario';
import { Field } from '../../../ui/Field';
import { NumberInput } from '../../../ui/NumberInput';
import { checkboxClass, inputClass, selectClass } from '../../../ui/formStyles';
import { Section } from './Section';
import type { SectionProps } from './types';

type Values = Record<string, unknown>;

/** The order's own fields, generated from the field catalog plus the declared custom fields. */
export function OrderSection({
  scenario,
  edit,
  messages,
  environment,
}: SectionProps & { environment: Environment }) {
  const translator = useTranslator();
  const { t } = translator;
  const fields = orderFields(environment.customFields).filter(
    (f) => f.group === 'order' || f.group === 'custom',
  );
  return (
    <Section title={t('scenario.order.title')}>
      <div className="grid grid-cols-2 gap-2">
        {fields.map((f) => {
          const custom = f.group === 'custom';
          const key = custom ? f.path.slice('order.custom.'.length) : f.path.slice('order.'.length);
          const values = (custom ? (scenario.order.custom ?? {}) : scenario.order) as Values;
          const set = (value: unknown) =>
            edit((d) => {
              const target = (custom ? (d.order.custom ??= {}) : d.order) as Values;
              if (value === undefined) delete target[key];
              else target[key] = value;
            });
          return (
            <FieldInput
              key={f.path}
              info={f}
              label={
                custom
                  ? t('scenario.order.custom', { name: f.label })
                  : fieldLabel(f.path, translator, environment.customFields)
              }
              value={values[key]}
              set={set}
              messages={messages.get(custom ? `order.custom.${key}` : f.path)}
            />
          );
        })}
      </div>
    </Section>
  );
}

interface InputProps {
  info: FieldInfo;
  label: string;
  value: unknown;
  set: (value: unknown) => void;
  messages: string[] | undefined;
}

/** One field, its control chosen by the catalog type; an emptied box removes the field (absent ≠ ""). */
function FieldInput({ info, label, value, set, messages }: InputProps) {
  const { t } = useTranslator();
  switch (info.type) {
    case 'boolean':
      return (
        <Field label={label} layout="inline" messages={messages}>
          {(c) => (
            <input
              {...c}
              type="checkbox"
              className={checkboxClass}
              checked={value === true}
              onChange={(e) => set(e.target.checked)}
            />
          )}
        </Field>
      );
    case 'number':
      return (
        <Field label={label} messages={messages}>
          {(c) => (
            <NumberInput {...c} value={typeof value === 'number' ? value : undefined} onValueChange={set} />
          )}
        </Field>
      );
    case 'enum':
      return (
        <Field label={label} messages={messages}>
          {(c) => (
            <select
              {...c}
              className={selectClass}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => set(e.target.value || undefined)}
            >
              <option value="">—</option>
              {(info.enumValues ?? []).map((v) => (
                <option key={v} value={v}>
                  {t('scenario.order.deliveryStatus', { value: v })}
                </option>
              ))}
            </select>
          )}
        </Field>
      );
    case 'datetime':
      return (
        <Field
          label={label}
          help={t('scenario.order.date.hint', { example: '2025-03-03T17:00:00Z' })}
          messages={messages}
        >
          {(c) => (
            <input
              {...c}
              className={inputClass}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => set(e.target.value || undefined)}
            />
          )}
        </Field>
      );
    case 'string':
    case 'phones':
    case 'emails':
      return (
        <Field label={label} messages={messages}>
          {(c) => (
            <input
              {...c}
              className={inputClass}
              value={value === undefined ? '' : String(value)}
              onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)}
            />
          )}
        </Field>
      );
  }
}
