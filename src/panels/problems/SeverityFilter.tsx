import type { Severity } from '../../domain/lint';
import { useTranslator } from '../../i18n/react';
import { SeverityIcon } from '../../ui/SeverityIcon';

export type SeverityFilterValue = Severity | 'all';

export const SEVERITY_PLURAL: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Info',
};
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The plural heading of a severity in the designer's language: "Errors" / «Ошибки». */
export const severityPluralKey = {
  error: 'lint.severity.error.plural',
  warning: 'lint.severity.warning.plural',
  info: 'lint.severity.info.plural',
} as const satisfies Record<Severity, string>;

interface Props {
  value: SeverityFilterValue;
  counts: Record<Severity, number>;
  onChange: (value: SeverityFilterValue) => void;
}

/** Toggle buttons "All / Errors / Warnings / Info", each with its count. */
export function SeverityFilter({ value, counts, onChange }: Props) {
  const { t } = useTranslator();
  const total = counts.error + counts.warning + counts.info;
  const options: { value: SeverityFilterValue; label: string; count: number }[] = [
    { value: 'all', label: t('lint.filter.all'), count: total },
    ...SEVERITIES.map((s) => ({ value: s, label: t(severityPluralKey[s]), count: counts[s] })),
  ];
  return (
    <div role="group" aria-label={t('lint.filter.label')} className="flex flex-wrap gap-1">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
          className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-brand-500 ${
            value === o.value
              ? 'bg-slate-900 text-white ring-slate-900 dark:bg-slate-100 dark:text-slate-900 dark:ring-slate-100'
              : 'bg-surface text-fg-secondary ring-border hover:bg-slate-50 dark:hover:bg-slate-800'
          }`}
        >
          {o.value !== 'all' && <SeverityIcon severity={o.value} size={12} />}
          {/* Named by what it shows, "Errors 3" (WCAG 2.5.3). */}
          {o.label} <span className="tabular-nums">{o.count}</span>
        </button>
      ))}
    </div>
  );
}
