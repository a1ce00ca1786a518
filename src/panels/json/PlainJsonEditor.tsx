import { useEffect, useRef, useState } from 'react';
import type { JsonEditorProps } from './editorTypes';
import { offsetAt } from '../../io/jsonLocate';

/**
 * A plain text box with the same contract as the monaco editor: used when monaco cannot load (an old
 * browser, a blocked worker), so the JSON can still be read and edited.
 */
export function PlainJsonEditor({ pushed, onChange, readOnly, label, onReady }: JsonEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(pushed.text);

  useEffect(() => {
    // Adopting a pushed text is the point of this effect; the box is otherwise uncontrolled by props.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(pushed.text);
    onChange(pushed.text);
  }, [pushed, onChange]);

  useEffect(() => {
    onReady?.({
      reveal(line, column) {
        const el = area.current;
        if (!el) return;
        const offset = offsetAt(el.value, line, column);
        el.focus();
        el.setSelectionRange(offset, offset);
      },
      focus: () => area.current?.focus(),
    });
  }, [onReady]);

  return (
    <textarea
      ref={area}
      aria-label={label}
      spellCheck={false}
      readOnly={readOnly}
      value={value}
      onChange={(e) => {
        setValue(e.target.value);
        onChange(e.target.value);
      }}
      className="h-full w-full resize-none bg-surface-base p-2 font-mono text-xs text-fg focus:outline-none"
    />
  );
}
