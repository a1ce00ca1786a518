import { useState } from 'react';
import type { InputHTMLAttributes } from 'react';
import { inputClass } from './formStyles';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: number | undefined;
  /** Called with a finite number, or undefined when the box is emptied. */
  onValueChange: (value: number | undefined) => void;
};

const parse = (text: string): number | undefined => {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
};

/**
 * A number box that keeps what the user is typing ("1.", "-", "") as a draft and reports only real
 * numbers, so a controlled value never fights the keyboard; an outside change replaces the draft.
 */
export function NumberInput({ value, onValueChange, className = '', ...rest }: Props) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const [seen, setSeen] = useState(value);
  // Adjusting state during render (React's documented pattern) when the value changed elsewhere.
  if (seen !== value) {
    setSeen(value);
    if (parse(draft) !== value) setDraft(value === undefined ? '' : String(value));
  }
  return (
    <input
      type="number"
      inputMode="decimal"
      className={`${inputClass} ${className}`}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        const n = parse(e.target.value);
        if (n !== value) onValueChange(n);
      }}
      {...rest}
    />
  );
}
