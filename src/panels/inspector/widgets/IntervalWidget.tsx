import type { DelayUnit } from '../../../domain/delay';
import { DELAY_UNITS } from '../../../domain/delay';
import { useTranslator } from '../../../i18n/react';
import { selectClass } from '../../../ui/formStyles';
import { NumberInput } from '../../../ui/NumberInput';
import type { WidgetProps } from './types';
import { asRecord } from './types';

/** {value, unit} such as a task deadline; an empty amount removes the interval. */
export function IntervalWidget({ field, value, onChange }: WidgetProps) {
  const { t } = useTranslator();
  const rec = asRecord(value);
  const amount = typeof rec.value === 'number' ? rec.value : undefined;
  const unit = (DELAY_UNITS as readonly unknown[]).includes(rec.unit) ? (rec.unit as DelayUnit) : 'days';
  return (
    <div className="flex items-center gap-2">
      <NumberInput
        aria-label={t('inspector.widget.amount', { label: field.label })}
        min={0}
        className="w-24"
        placeholder={t('inspector.widget.none')}
        value={amount}
        onValueChange={(n) => onChange(n === undefined ? undefined : { value: Math.max(0, n), unit })}
      />
      <select
        aria-label={t('inspector.widget.unit', { label: field.label })}
        className={`${selectClass} w-28`}
        value={unit}
        onChange={(e) => onChange({ value: amount ?? 1, unit: e.target.value as DelayUnit })}
      >
        {DELAY_UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`inspector.delay.unit.${u}`, { count: amount ?? 2 })}
          </option>
        ))}
      </select>
    </div>
  );
}
