import { buttonClass, inputClass, linkButtonClass, selectClass } from '../../../ui/formStyles';

interface Props<T extends string> {
  /** "Phone" or "Email": names every control ("Contact phone 2 type"). */
  noun: string;
  owner: string;
  types: readonly T[];
  items: readonly { type: T; value: string }[];
  onChange: (items: { type: T; value: string }[]) => void;
  messages: (path: string) => string[] | undefined;
}

/** A list of typed phones or emails: type + value per row, add and remove. */
export function ContactPoints<T extends string>({ noun, owner, types, items, onChange, messages }: Props<T>) {
  const lower = noun.toLowerCase();
  const set = (i: number, patch: Partial<{ type: T; value: string }>) =>
    onChange(items.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  return (
    <fieldset className="space-y-1">
      <legend className="text-xs font-medium text-slate-700 dark:text-slate-300">
        {owner} {lower}s
      </legend>
      {items.length === 0 && <p className="text-xs text-fg-muted">None.</p>}
      {items.map((item, i) => {
        const name = `${owner} ${lower} ${i + 1}`;
        const problems = messages(`${i}.value`) ?? messages(`${i}.type`);
        return (
          <div key={i} className="flex items-center gap-1">
            <select
              aria-label={`${name} type`}
              className={`${selectClass} w-28`}
              value={item.type}
              onChange={(e) => set(i, { type: e.target.value as T })}
            >
              {types.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
            <input
              aria-label={name}
              aria-invalid={problems ? true : undefined}
              className={inputClass}
              value={item.value}
              onChange={(e) => set(i, { value: e.target.value })}
            />
            <button
              type="button"
              className={linkButtonClass}
              aria-label={`Remove ${owner.toLowerCase()} ${lower} ${i + 1}`}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className={buttonClass}
        onClick={() => onChange([...items, { type: types[0]!, value: '' }])}
      >
        Add {owner.toLowerCase()} {lower}
      </button>
    </fieldset>
  );
}
