import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslator } from '../../i18n/react';
import { inputClass, labelClass } from '../../ui/formStyles';
import { searchZones, zoneOptions } from './zones';

/**
 * The time zone as a searchable list of every IANA zone, each with its offset now. A native select
 * under a search box: the browser gives it keyboard use and screen reader support for free.
 */
export function ZonePicker({
  value,
  onChange,
  now,
}: {
  value: string;
  onChange: (zone: string) => void;
  now: Date;
}) {
  const { t } = useTranslator();
  const searchId = useId();
  const selectId = useId();
  const [query, setQuery] = useState('');
  const all = useMemo(() => zoneOptions(now), [now]);
  const found = useMemo(() => searchZones(all, query), [all, query]);
  const current = all.find((o) => o.zone === value);
  // The design's zone stays in the list whatever is searched, so the select always shows it.
  const shown = current && !found.includes(current) ? [current, ...found] : found;
  // A list of ~400 zones opens at its top ("Africa/…") unless told: the design's zone is shown where
  // the list opens and after a search, so nobody has to hunt for what is chosen.
  const list = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const select = list.current;
    if (!select || select.selectedIndex < 0 || select.options.length === 0) return;
    // Options have no boxes of their own in every browser; the rows are of one height.
    const row = select.scrollHeight / select.options.length;
    select.scrollTop = select.selectedIndex * row - (select.clientHeight - row) / 2;
  }, [value, query]);
  return (
    <div className="space-y-1">
      <label htmlFor={searchId} className={labelClass}>
        {t('inspector.zone.find')}
      </label>
      <input
        id={searchId}
        type="search"
        className={inputClass}
        value={query}
        placeholder={t('inspector.zone.placeholder')}
        onChange={(e) => setQuery(e.target.value)}
      />
      <label htmlFor={selectId} className={labelClass}>
        {t('inspector.zone.label')}
      </label>
      <select
        id={selectId}
        ref={list}
        className={inputClass}
        size={6}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {shown.map((o) => (
          <option key={o.zone} value={o.zone}>
            {o.label}
          </option>
        ))}
      </select>
      {found.length === 0 && (
        <p className="text-[11px] text-fg-muted">{t('inspector.zone.none', { query })}</p>
      )}
    </div>
  );
}
