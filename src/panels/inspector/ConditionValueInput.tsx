import { useId, useState } from 'react';
import type { ConditionLeaf } from '../../domain/condition';
import type { FieldInfo } from '../../domain/fields';
import { useTranslator } from '../../i18n/react';
import { checkboxClass as radioClass, inputClass, selectClass } from '../../ui/formStyles';
import { NumberInput } from '../../ui/NumberInput';

interface Props {
  leaf: ConditionLeaf;
  field: FieldInfo | undefined;
  /** "Value of condition 1.2": the accessible name of the control. */
  label: string;
  /** The id of the row's "needs a value" flag, while it shows. */
  describedBy?: string | undefined;
  onChange: (value: unknown) => void;
}

/** ISO instant ⇄ the `datetime-local` box, read as UTC so a design means the same in every browser. */
export const isoToLocal = (iso: unknown): string => {
  if (typeof iso !== 'string') return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 16);
};
export const localToIso = (local: string): string =>
  local ? new Date(`${local.length === 16 ? `${local}:00` : local}Z`).toISOString() : '';

const formatList = (value: unknown): string =>
  Array.isArray(value) ? value.map((v) => String(v)).join(', ') : '';

type Described = { 'aria-describedby': string | undefined; 'aria-invalid': true | undefined };

/** A yes/no value as two choices; neither is chosen until the user picks one. */
function YesNo({
  label,
  value,
  described,
  onChange,
}: {
  label: string;
  value: unknown;
  described: Described;
  onChange: (value: boolean) => void;
}) {
  const name = useId();
  const { t } = useTranslator();
  const option = (v: boolean, text: string) => (
    <label className="flex items-center gap-1 text-sm text-fg-soft">
      <input
        type="radio"
        name={name}
        className={radioClass}
        checked={value === v}
        onChange={() => onChange(v)}
      />
      {text}
    </label>
  );
  return (
    <div role="radiogroup" aria-label={label} {...described} className="flex items-center gap-3">
      {option(true, t('inspector.value.yes'))}
      {option(false, t('inspector.value.no'))}
    </div>
  );
}

/** A comma-separated list box; the draft keeps stray commas and spaces while the user types. */
function CommaListInput({
  value,
  numeric,
  label,
  described,
  onChange,
}: {
  value: unknown;
  numeric: boolean;
  label: string;
  described: Described;
  onChange: (list: unknown[]) => void;
}) {
  const parse = (text: string): unknown[] => {
    const parts = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return numeric ? parts.map(Number).filter(Number.isFinite) : parts;
  };
  const { t } = useTranslator();
  const [draft, setDraft] = useState(formatList(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (formatList(parse(draft)) !== formatList(value)) setDraft(formatList(value));
  }
  return (
    <input
      type="text"
      aria-label={label}
      {...described}
      placeholder={t(numeric ? 'inspector.value.listPlaceholderNumbers' : 'inspector.value.listPlaceholder')}
      className={inputClass}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        onChange(parse(e.target.value));
      }}
    />
  );
}

/** The value box of a condition leaf, typed for the field and operator. */
export function ConditionValueInput({ leaf, field, label, describedBy, onChange }: Props) {
  const { t } = useTranslator();
  const { op, value } = leaf;
  const described: Described = {
    'aria-describedby': describedBy,
    'aria-invalid': describedBy ? true : undefined,
  };
  if (op === 'empty' || op === 'notEmpty') return null;
  if (op === 'in' || op === 'notIn')
    return (
      <CommaListInput
        described={described}
        value={value}
        numeric={field?.type === 'number'}
        label={t('inspector.value.list', { label })}
        onChange={onChange}
      />
    );
  switch (field?.type) {
    case 'boolean':
      return <YesNo label={label} value={value} described={described} onChange={onChange} />;
    case 'number':
      return (
        <NumberInput
          aria-label={label}
          {...described}
          value={typeof value === 'number' ? value : undefined}
          onValueChange={(n) => onChange(n)}
        />
      );
    case 'enum': {
      const values = field.enumValues ?? [];
      const current = typeof value === 'string' ? value : '';
      return (
        <select
          aria-label={label}
          {...described}
          className={selectClass}
          value={current}
          onChange={(e) => onChange(e.target.value)}
        >
          {!values.includes(current) &&
            (current ? (
              <option value={current}>{t('inspector.value.notAValue', { value: current })}</option>
            ) : (
              <option value="" disabled>
                {t('inspector.value.choose')}
              </option>
            ))}
          {values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      );
    }
    case 'datetime':
      return (
        <input
          type="datetime-local"
          aria-label={t('inspector.value.utc', { label })}

          {...described}
          className={inputClass}
          value={isoToLocal(value)}
          onChange={(e) => onChange(localToIso(e.target.value))}
        />
      );
    case 'string':
    case 'phones':
    case 'emails':
    case undefined:
      return (
        <input
          type="text"
          aria-label={label}
          {...described}
          className={inputClass}
          value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
