import { useId } from 'react';
import type { Delay, DelayUnit } from '../../domain/delay';
import { DELAY_UNITS } from '../../domain/delay';
import type { CustomFieldDecl } from '../../domain/fields';
import { datetimeFields } from '../../domain/fields';
import { useTranslator } from '../../i18n/react';
import { checkboxClass, inputClass, labelClass, selectClass } from '../../ui/formStyles';
import { NumberInput } from '../../ui/NumberInput';

export interface DelayEditorProps {
  value: Delay;
  onChange: (delay: Delay) => void;
  /** Declared custom fields: datetime ones are offered as bases too. */
  customFields?: readonly CustomFieldDecl[];
}

const KINDS: readonly Delay['type'][] = ['immediate', 'after', 'before', 'at'];

/** Every delay form of docs/semantics.md §5, with a value carried over where the forms share it. */
function convert(delay: Delay, type: Delay['type'], firstBasis: string): Delay {
  const workTime = delay.workTime ? { workTime: true } : {};
  const value = 'value' in delay ? delay.value : 1;
  const unit = 'unit' in delay ? delay.unit : 'days';
  const basis = ('basis' in delay ? delay.basis : undefined) ?? firstBasis;
  switch (type) {
    case 'immediate':
      return { type, ...workTime };
    case 'after':
      return { type, value, unit, ...workTime };
    case 'before':
      return { type, value, unit, basis, ...workTime };
    case 'at':
      return { type, basis, ...workTime };
  }
}

/** Drops a key whose value is undefined, so the document never carries `"basis": null`-like gaps. */
function withOptional<T extends object>(delay: T, key: string, value: unknown): T {
  const next = { ...delay } as Record<string, unknown>;
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next as T;
}

/**
 * "Run": immediately; after N minutes/hours/days (from when the robot is reached, or from a date
 * field); N units before a date field; at a date field, optionally at a time of day; and, for
 * every form, "move into working hours".
 */
export function DelayEditor({ value, onChange, customFields = [] }: DelayEditorProps) {
  const id = useId();
  const { t } = useTranslator();
  const bases = datetimeFields(customFields);
  const firstBasis = bases[0]?.path ?? 'order.dateInsert';
  const basisOptions = (current: string | undefined) => {
    const known = bases.map((b) => (
      <option key={b.path} value={b.path}>
        {b.label}
      </option>
    ));
    // An imported document may name a basis we do not know: keep it visible rather than lose it.
    return current && !bases.some((b) => b.path === current)
      ? [
          ...known,
          <option key={current} value={current}>
            {t('inspector.delay.unknownField', { field: current })}
          </option>,
        ]
      : known;
  };

  return (
    <div className="space-y-2">
      <div className="space-y-1">
        <label htmlFor={`${id}-kind`} className={labelClass}>
          {t('inspector.delay.run')}
        </label>
        <select
          id={`${id}-kind`}
          className={selectClass}
          value={value.type}
          onChange={(e) => onChange(convert(value, e.target.value as Delay['type'], firstBasis))}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`inspector.delay.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>

      {(value.type === 'after' || value.type === 'before') && (
        <div className="flex items-center gap-2">
          <NumberInput
            aria-label={t('inspector.delay.amount')}
            min={0}
            className="w-20"
            value={value.value}
            // An emptied box is a draft, not a zero: the delay keeps its value until a number is typed.
            onValueChange={(n) => n !== undefined && onChange({ ...value, value: Math.max(0, n) })}
          />
          <select
            aria-label={t('inspector.delay.unit')}
            className={`${selectClass} w-28`}
            value={value.unit}
            onChange={(e) => onChange({ ...value, unit: e.target.value as DelayUnit })}
          >
            {DELAY_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`inspector.delay.unit.${u}`, { count: value.value })}
              </option>
            ))}
          </select>
          <span className="text-sm text-fg-secondary">
            {t(value.type === 'after' ? 'inspector.delay.after' : 'inspector.delay.before')}
          </span>
        </div>
      )}

      {value.type === 'after' && (
        <select
          aria-label={t('inspector.delay.countedFrom')}
          className={selectClass}
          value={value.basis ?? ''}
          onChange={(e) => onChange(withOptional(value, 'basis', e.target.value))}
        >
          <option value="">{t('inspector.delay.reached')}</option>
          {basisOptions(value.basis)}
        </select>
      )}

      {(value.type === 'before' || value.type === 'at') && (
        <select
          aria-label={t('inspector.delay.dateField')}
          className={selectClass}
          value={value.basis}
          onChange={(e) => onChange({ ...value, basis: e.target.value })}
        >
          {basisOptions(value.basis)}
        </select>
      )}

      {value.type === 'at' && (
        <div className="flex items-center gap-2">
          <label htmlFor={`${id}-time`} className="text-sm text-fg-secondary">
            {t('inspector.delay.atTime')}
          </label>
          <input
            id={`${id}-time`}
            type="time"
            className={`${inputClass} w-32`}
            value={value.time ?? ''}
            onChange={(e) => onChange(withOptional(value, 'time', e.target.value.slice(0, 5)))}
          />
          <span className="text-[11px] text-fg-muted">{t('inspector.delay.atTimeHint')}</span>
        </div>
      )}

      <div className="flex items-center gap-2">
        <input
          id={`${id}-worktime`}
          type="checkbox"
          className={checkboxClass}
          checked={value.workTime === true}
          onChange={(e) => onChange(withOptional(value, 'workTime', e.target.checked || undefined))}
        />
        <label htmlFor={`${id}-worktime`} className="text-sm text-fg-soft">
          {t('inspector.delay.workTime')}
        </label>
      </div>
    </div>
  );
}
