import { useState } from 'react';
import type { ConditionLeaf } from '../../domain/condition';
import type { FieldInfo } from '../../domain/fields';
import { checkboxClass, inputClass, selectClass } from '../../ui/formStyles';
import { NumberInput } from '../../ui/NumberInput';

interface Props {
  leaf: ConditionLeaf;
  field: FieldInfo | undefined;
  /** "Value of condition 1.2": the accessible name of the control. */
  label: string;
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

/** A comma-separated list box; the draft keeps stray commas and spaces while the user types. */
function CommaListInput({
  value,
  numeric,
  label,
  onChange,
}: {
  value: unknown;
  numeric: boolean;
  label: string;
  onChange: (list: unknown[]) => void;
}) {
  const parse = (text: string): unknown[] => {
    const parts = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return numeric ? parts.map(Number).filter(Number.isFinite) : parts;
  };
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
      placeholder={numeric ? '10, 20, 30' : 'first, second'}
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
export function ConditionValueInput({ leaf, field, label, onChange }: Props) {
  const { op, value } = leaf;
  if (op === 'empty' || op === 'notEmpty') return null;
  if (op === 'in' || op === 'notIn')
    return (
      <CommaListInput
        value={value}
        numeric={field?.type === 'number'}
        label={`${label} (comma-separated)`}
        onChange={onChange}
      />
    );
  switch (field?.type) {
    case 'boolean':
      return (
        <label className="flex items-center gap-1.5 text-sm text-fg-soft">
          <input
            type="checkbox"
            aria-label={label}
            className={checkboxClass}
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
          />
          {value === true ? 'true' : 'false'}
        </label>
      );
    case 'number':
      return (
        <NumberInput
          aria-label={label}
          value={typeof value === 'number' ? value : undefined}
          onValueChange={(n) => onChange(n ?? 0)}
        />
      );
    case 'enum': {
      const values = field.enumValues ?? [];
      const current = typeof value === 'string' ? value : '';
      return (
        <select
          aria-label={label}
          className={selectClass}
          value={current}
          onChange={(e) => onChange(e.target.value)}
        >
          {!values.includes(current) && <option value={current}>{current || '(choose)'}</option>}
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
          aria-label={`${label} (UTC)`}
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
          className={inputClass}
          value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
