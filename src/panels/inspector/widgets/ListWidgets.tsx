import { orderFields } from '../../../domain/fields';
import { useTranslator } from '../../../i18n/react';
import { buttonClass, inputClass, linkButtonClass, selectClass } from '../../../ui/formStyles';
import { TemplateInput } from '../TemplateInput';
import type { WidgetProps } from './types';
import { asArray, asRecord, asString } from './types';

const row = 'flex items-start gap-1.5';

/** Free strings, one box each (a task's checklist). */
export function StringListWidget({ field, value, onChange }: WidgetProps) {
  const { t } = useTranslator();
  const items = asArray(value).map(asString);
  const label = field.label.toLowerCase();
  return (
    <div className="space-y-1">
      {items.map((item, i) => (
        <div key={i} className={row}>
          <input
            type="text"
            aria-label={t('inspector.widget.item', { label: field.label, n: i + 1 })}
            className={inputClass}
            value={item}
            onChange={(e) => onChange(items.map((old, j) => (j === i ? e.target.value : old)))}
          />
          <button
            type="button"
            className={linkButtonClass}
            aria-label={t('inspector.widget.removeItem', { label, n: i + 1 })}
            onClick={() => onChange(items.filter((_, j) => j !== i))}
          >
            {t('inspector.widget.remove')}
          </button>
        </div>
      ))}
      <button type="button" className={buttonClass} onClick={() => onChange([...items, ''])}>
        {t('inspector.widget.addItem', { label })}
      </button>
    </div>
  );
}

/** A map of name → template (workflow parameters). Rows keep their order; names stay unique. */
export function KeyValueWidget({ value, onChange, ctx }: WidgetProps) {
  const { t } = useTranslator();
  const entries = Object.entries(asRecord(value)).map(([k, v]) => [k, asString(v)] as const);
  const write = (next: (readonly [string, string])[]) => onChange(Object.fromEntries(next));
  const freshName = () => {
    let n = entries.length + 1;
    while (entries.some(([k]) => k === `param${n}`)) n++;
    return `param${n}`;
  };
  return (
    <div className="space-y-2">
      {entries.map(([name, text], i) => (
        <div key={i} className="space-y-1 rounded-md border border-border p-1.5">
          <div className={row}>
            <input
              type="text"
              aria-label={t('inspector.widget.paramName', { n: i + 1 })}
              className={`${inputClass} font-mono`}
              value={name}
              onChange={(e) => {
                // Two rows with one name would silently merge in the map; keep the old name instead.
                const taken = entries.some(([k], j) => j !== i && k === e.target.value);
                if (!taken) write(entries.map((old, j) => (j === i ? [e.target.value, old[1]] : old)));
              }}
            />
            <button
              type="button"
              className={linkButtonClass}
              aria-label={t('inspector.widget.removeParam', { n: i + 1 })}
              onClick={() => write(entries.filter((_, j) => j !== i))}
            >
              {t('inspector.widget.remove')}
            </button>
          </div>
          <TemplateInput
            aria-label={t('inspector.widget.paramValue', { n: i + 1 })}
            value={text}
            context={ctx.template}
            onChange={(v) => write(entries.map((old, j) => (j === i ? [old[0], v] : old)))}
          />
        </div>
      ))}
      <button type="button" className={buttonClass} onClick={() => write([...entries, [freshName(), '']])}>
        {t('inspector.widget.addParam')}
      </button>
    </div>
  );
}

type Assignment = { field: string; value: unknown };

/** order.update rows: which field (order, contact and custom fields) and the value to write. */
export function FieldAssignmentsWidget({ value, onChange, ctx }: WidgetProps) {
  const { t } = useTranslator();
  const rows: Assignment[] = asArray(value).map((r) => {
    const rec = asRecord(r);
    return { field: asString(rec.field), value: rec.value };
  });
  const writable = orderFields(ctx.environment.customFields).filter(
    (f) => f.group === 'order' || f.group === 'contact' || f.group === 'custom',
  );
  const set = (i: number, patch: Partial<Assignment>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="space-y-2">
      {rows.map((r, i) => (
        <div key={i} className="space-y-1 rounded-md border border-border p-1.5">
          <div className={row}>
            <select
              aria-label={t('inspector.widget.field', { n: i + 1 })}
              className={selectClass}
              value={r.field}
              onChange={(e) => set(i, { field: e.target.value })}
            >
              <option value="">{t('inspector.widget.chooseField')}</option>
              {r.field && !writable.some((f) => f.path === r.field) && (
                <option value={r.field}>{t('inspector.widget.unknownField', { field: r.field })}</option>
              )}
              {writable.map((f) => (
                <option key={f.path} value={f.path}>
                  {f.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className={linkButtonClass}
              aria-label={t('inspector.widget.removeField', { n: i + 1 })}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('inspector.widget.remove')}
            </button>
          </div>
          <TemplateInput
            aria-label={t('inspector.widget.value', { n: i + 1 })}
            // A literal (true, 250) from an imported document shows as text; the robot converts it back.
            value={
              typeof r.value === 'string' ? r.value : r.value === undefined ? '' : JSON.stringify(r.value)
            }
            context={ctx.template}
            onChange={(v) => set(i, { value: v })}
          />
        </div>
      ))}
      <button
        type="button"
        className={buttonClass}
        onClick={() => onChange([...rows, { field: '', value: '' }])}
      >
        {t('inspector.widget.addField')}
      </button>
    </div>
  );
}
