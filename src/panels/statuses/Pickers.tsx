import { useId } from 'react';
import type { StatusSemantics } from '../../domain/types';
import { useTranslator } from '../../i18n/react';
import { labelClass } from '../../ui/formStyles';
import { paletteColorName, STATUS_COLORS, SEMANTICS, semanticsHelp, semanticsLabel } from './options';

/*
 * Native radio groups: arrow keys, one tab stop and the checked state come from the browser, and a
 * screen reader announces "Green, radio button, 4 of 12".
 */

export function SemanticsPicker({
  value,
  onChange,
}: {
  value: StatusSemantics;
  onChange: (value: StatusSemantics) => void;
}) {
  const name = useId();
  const translator = useTranslator();
  return (
    <fieldset className="space-y-1">
      <legend className={labelClass}>{translator.t('inspector.status.meaning')}</legend>
      <div className="flex flex-wrap gap-1.5">
        {SEMANTICS.map((option) => (
          <label
            key={option}
            title={semanticsHelp(option, translator)}
            className="flex cursor-pointer items-center gap-1.5 rounded-md border border-border-strong px-2 py-1 text-xs text-fg-soft has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500/40 dark:has-[:checked]:bg-slate-800"
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="h-3.5 w-3.5 accent-brand-600"
            />
            {semanticsLabel(option, translator)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ColorPicker({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const name = useId();
  const translator = useTranslator();
  const { t } = translator;
  const known = STATUS_COLORS.some((c) => c.value.toLowerCase() === value.toLowerCase());
  const palette = STATUS_COLORS.map((c) => ({ name: paletteColorName(c.name, translator), value: c.value }));
  // A colour from an imported design stays selectable, so opening the editor never changes it.
  const options = known
    ? palette
    : [...palette, { name: t('inspector.status.currentColour', { value }), value }];
  return (
    <fieldset className="space-y-1">
      <legend className={labelClass}>{t('inspector.status.colour')}</legend>

      <div className="flex flex-wrap gap-1.5">
        {options.map((color) => (
          <label
            key={color.value}
            title={color.name}
            className="relative flex h-7 w-7 cursor-pointer items-center justify-center rounded-full ring-offset-2 ring-offset-white has-[:checked]:ring-2 has-[:checked]:ring-slate-900 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500 dark:ring-offset-slate-900 dark:has-[:checked]:ring-white"
            style={{ background: color.value }}
          >
            <input
              type="radio"
              name={name}
              value={color.value}
              aria-label={color.name}
              checked={value.toLowerCase() === color.value.toLowerCase()}
              onChange={() => onChange(color.value)}
              className="absolute inset-0 cursor-pointer opacity-0"
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
