import { useTranslator } from '../../../i18n/react';
import { checkboxClass, selectClass } from '../../../ui/formStyles';
import { fieldOptions } from '../referenceOptions';
import type { WidgetProps } from './types';
import { asArray, asString } from './types';

/** One of the field's options and/or reference list; an id the list lacks stays visible, marked. */
export function SelectWidget({ field, value, onChange, control, ctx }: WidgetProps) {
  const translator = useTranslator();
  const { t } = translator;
  const options = fieldOptions(field, ctx.environment, ctx.statuses, translator);
  const current = asString(value);
  const unknown = current !== '' && !options.some((o) => o.value === current);
  return (
    <select
      {...control}
      aria-required={field.required || undefined}
      className={selectClass}
      value={current}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
    >
      <option value="">{t(field.required ? 'inspector.widget.choose' : 'inspector.notSet')}</option>
      {unknown && <option value={current}>{t('inspector.notInReference', { value: current })}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Several choices as checkboxes (recipients, participants), in the order the list gives them. */
export function MultiSelectWidget({ field, value, onChange, ctx }: WidgetProps) {
  const translator = useTranslator();
  const { t } = translator;
  const options = fieldOptions(field, ctx.environment, ctx.statuses, translator);
  const chosen = asArray(value).filter((v): v is string => typeof v === 'string');
  const unknown = chosen.filter((v) => !options.some((o) => o.value === v));
  const all = [
    ...options,
    ...unknown.map((v) => ({ value: v, label: t('inspector.notInReference', { value: v }) })),
  ];

  const toggle = (v: string, on: boolean) => {
    const next = all.map((o) => o.value).filter((x) => (x === v ? on : chosen.includes(x)));
    onChange(next);
  };
  return (
    <div className="grid grid-cols-1 gap-1">
      {all.map((o) => (
        <label key={o.value} className="flex items-center gap-2 text-sm text-fg-soft">
          <input
            type="checkbox"
            className={checkboxClass}
            checked={chosen.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
