import { useState } from 'react';
import { inputClass } from '../../../ui/formStyles';
import { Field } from '../../../ui/Field';
import { useTranslator } from '../../../i18n/react';
import { useDraftProblem } from './draftProblems';

interface Props {
  label: string;
  value: Record<string, unknown> | undefined;
  /** Called with a parsed object, or undefined when the box is emptied; never with invalid JSON. */
  onChange: (value: Record<string, unknown> | undefined) => void;
  messages?: string[] | undefined;
}

const EXAMPLE = '{"order": {"paid": true}}';

const show = (v: Record<string, unknown> | undefined) => (v === undefined ? '' : JSON.stringify(v, null, 2));

/** Event data as JSON: the draft stays in the box while it does not parse, with a message saying why. */
export function JsonInput({ label, value, onChange, messages = [] }: Props) {
  const { t } = useTranslator();
  const [draft, setDraft] = useState(show(value));
  // Kept as what went wrong, not as words, so a language switch rewords a standing message.
  const [problem, setProblem] = useState<{ detail?: string } | undefined>();
  const error =
    problem === undefined
      ? undefined
      : problem.detail === undefined
        ? t('scenario.json.notObject', { example: EXAMPLE })
        : t('scenario.json.invalid', { detail: problem.detail });
  const [seen, setSeen] = useState(value);
  useDraftProblem(label, error);
  if (seen !== value) {
    setSeen(value);
    if (!problem) setDraft(show(value));
  }
  const edit = (text: string) => {
    setDraft(text);
    if (text.trim() === '') {
      setProblem(undefined);
      onChange(undefined);
      return;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        setProblem({});
        return;
      }
      setProblem(undefined);
      onChange(parsed as Record<string, unknown>);
    } catch (e) {
      setProblem({ detail: e instanceof Error ? e.message : String(e) });
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
          placeholder={EXAMPLE}
          value={draft}
          onChange={(e) => edit(e.target.value)}
        />
      )}
    </Field>
  );
}
