import { useState } from 'react';
import { inputClass } from '../../../ui/formStyles';
import { Field } from '../../../ui/Field';
import { useDraftProblem } from './draftProblems';

interface Props {
  label: string;
  value: Record<string, unknown> | undefined;
  /** Called with a parsed object, or undefined when the box is emptied; never with invalid JSON. */
  onChange: (value: Record<string, unknown> | undefined) => void;
  messages?: string[] | undefined;
}

const show = (v: Record<string, unknown> | undefined) => (v === undefined ? '' : JSON.stringify(v, null, 2));

/** Event data as JSON: the draft stays in the box while it does not parse, with a message saying why. */
export function JsonInput({ label, value, onChange, messages = [] }: Props) {
  const [draft, setDraft] = useState(show(value));
  const [error, setError] = useState<string | undefined>();
  const [seen, setSeen] = useState(value);
  useDraftProblem(label, error);
  if (seen !== value) {
    setSeen(value);
    if (!error) setDraft(show(value));
  }
  const edit = (text: string) => {
    setDraft(text);
    if (text.trim() === '') {
      setError(undefined);
      onChange(undefined);
      return;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        setError('Data must be a JSON object, e.g. {"order": {"paid": true}}');
        return;
      }
      setError(undefined);
      onChange(parsed as Record<string, unknown>);
    } catch (e) {
      setError(`Not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <Field label={label} messages={error ? [error, ...messages] : messages}>
      {(control) => (
        <textarea
          {...control}
          rows={2}
          spellCheck={false}
          className={`${inputClass} font-mono text-xs`}
          placeholder='{"order": {"paid": true}}'
          value={draft}
          onChange={(e) => edit(e.target.value)}
        />
      )}
    </Field>
  );
}
