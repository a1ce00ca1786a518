import { useTranslator } from '../../../i18n/react';
import { buttonClass, inputClass, linkButtonClass, selectClass } from '../../../ui/formStyles';
import type { ContactList } from './validation';

interface Props<T extends string> {
  /** Which list: names every control ("Contact phone 2 type"). */
  list: ContactList;
  types: readonly T[];
  items: readonly { type: T; value: string }[];
  onChange: (items: { type: T; value: string }[]) => void;
  messages: (path: string) => string[] | undefined;
}

/** A list of typed phones or emails: type + value per row, add and remove. */
export function ContactPoints<T extends string>({ list, types, items, onChange, messages }: Props<T>) {
  const { t } = useTranslator();
  const typeKey = list.endsWith('Phones') ? 'scenario.party.phoneType' : 'scenario.party.emailType';
  const set = (i: number, patch: Partial<{ type: T; value: string }>) =>
    onChange(items.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  return (
    <fieldset className="space-y-1">
      <legend className="text-xs font-medium text-slate-700 dark:text-slate-300">
        {t('scenario.party.list', { list })}
      </legend>
      {items.length === 0 && <p className="text-xs text-fg-muted">{t('scenario.party.none')}</p>}
      {items.map((item, i) => {
        const number = i + 1;
        const problems = messages(`${i}.value`) ?? messages(`${i}.type`);
        return (
          <div key={i} className="flex items-center gap-1">
            <select
              aria-label={t('scenario.party.itemType', { list, number })}
              className={`${selectClass} w-28`}
              value={item.type}
              onChange={(e) => set(i, { type: e.target.value as T })}
            >
              {types.map((type) => (
                <option key={type} value={type}>
                  {t(typeKey, { type })}
                </option>
              ))}
            </select>
            <input
              aria-label={t('scenario.party.item', { list, number })}
              aria-invalid={problems ? true : undefined}
              className={inputClass}
              value={item.value}
              onChange={(e) => set(i, { value: e.target.value })}
            />
            <button
              type="button"
              className={linkButtonClass}
              aria-label={t('scenario.party.remove', { list, number })}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              {t('scenario.remove')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className={buttonClass}
        onClick={() => onChange([...items, { type: types[0]!, value: '' }])}
      >
        {t('scenario.party.add', { list })}
      </button>
    </fieldset>
  );
}
