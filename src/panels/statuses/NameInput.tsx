import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslator } from '../../i18n/react';
import { inputClass } from '../../ui/formStyles';

interface NameInputProps {
  id?: string;
  value: string;
  /** Called with the trimmed new name when the user commits a change (Enter or leaving the box). */
  onCommit: (name: string) => void;
  /** Called when the edit ends: committed, unchanged or cancelled with Escape. */
  onDone?: () => void;
  /** Why a name cannot be taken (e.g. another status has it), or null; checked as the user types. */
  refuse?: (name: string) => string | null;
  autoFocus?: boolean;
  label?: string;
  'aria-describedby'?: string;
}

/**
 * A status name box that edits a draft and commits once: typing never dispatches per keystroke, so
 * a rename is one undo step. An empty or refused name is not committed; the box says why as soon as
 * it is typed and keeps focus.
 */
export function NameInput({
  id,
  value,
  onCommit,
  onDone,
  refuse,
  autoFocus,
  label,
  ...rest
}: NameInputProps) {
  const { t } = useTranslator();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // An outside change (undo, another panel) replaces the draft, as React's docs recommend.
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }

  const problemWith = (text: string): string | null =>
    text.trim() === '' ? t('inspector.status.needsName') : (refuse?.(text.trim()) ?? null);

  const commit = (): boolean => {
    const name = draft.trim();
    const problem = name === value ? null : problemWith(name);
    if (problem !== null) {
      setError(problem);
      return false;
    }
    setError(null);
    if (name !== value) onCommit(name);
    onDone?.();
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keep Enter, Escape and arrows inside the box: the lane header and the canvas also listen.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(value);
      setError(null);
      onDone?.();
    }
  };

  const errorId = id ? `${id}-error` : undefined;
  return (
    <>
      <input
        id={id}
        aria-label={id ? undefined : (label ?? t('inspector.status.name'))}

        aria-invalid={error ? true : undefined}
        aria-describedby={
          [error ? errorId : '', rest['aria-describedby'] ?? ''].filter(Boolean).join(' ') || undefined
        }
        // The header's inline rename opens on request; focus belongs in the box at once.
        autoFocus={autoFocus}
        className={inputClass}
        value={draft}
        maxLength={120}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = e.target.value.trim();
          // Said while typing: a taken name is refused before Enter; an empty box only on commit.
          setError(next === '' || next === value ? null : (refuse?.(next) ?? null));
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (!commit()) {
            // Leaving with an empty or refused name cancels rather than trapping the user.
            setDraft(value);
            setError(null);
            onDone?.();
          }
        }}
        onFocus={(e) => e.currentTarget.select()}
      />
      {error && (
        <p id={errorId} role="alert" className="text-[11px] text-danger">
          {error}
        </p>
      )}
    </>
  );
}
