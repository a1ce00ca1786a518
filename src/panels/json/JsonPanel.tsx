import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Flow } from '../../domain/flow';
import type { LintProblem } from '../../domain/lint';
import { serializeFlow } from '../../io';
import { checkFlowText, placeLintProblems } from './checkFlowText';
import type { TextProblem } from './checkFlowText';
import { EditorBoundary } from './EditorBoundary';
import type { EditorHandle, JsonEditorProps, PushedText } from './editorTypes';
import { formatJsonText } from './formatJson';
import { PlainJsonEditor } from './PlainJsonEditor';
import { ProblemList } from './ProblemList';

// Monaco is a few megabytes: it loads when the panel is first shown, in its own chunk.
const MonacoJsonEditor = lazy(() => import('./MonacoJsonEditor'));

export interface JsonPanelProps {
  /** The live flow (from the store). */
  flow: Flow;
  /** Called with a valid edited flow, once typing pauses: one undo step per call. */
  onValidEdit(flow: Flow): void;
  /** Lint problems of `flow`, shown as markers while the text matches it. */
  problems: readonly LintProblem[];
  readOnly?: boolean;
  dark?: boolean;
  /** How long typing must pause before a valid edit is applied; default 400 ms. */
  debounceMs?: number;
  /** `plain` skips monaco (a text box with the same behaviour): tests and constrained browsers. */
  editor?: 'monaco' | 'plain';
}

const byPlace = (a: TextProblem, b: TextProblem) =>
  a.startLine - b.startLine || a.startColumn - b.startColumn;

/**
 * The flow as JSON, two-way. A valid edit reaches the canvas through `onValidEdit`; while the text is
 * invalid nothing is sent (the canvas keeps the last valid design) and the problems are listed. A
 * change from outside (the canvas) is merged into the text as a minimal edit.
 */
export function JsonPanel({
  flow,
  onValidEdit,
  problems,
  readOnly = false,
  dark = false,
  debounceMs = 400,
  editor = 'monaco',
}: JsonPanelProps) {
  const flowText = useMemo(() => serializeFlow(flow), [flow]);
  const [pushed, setPushed] = useState<PushedText>(() => ({ text: flowText }));
  const [text, setText] = useState(flowText);
  /** The serialized flow the text and the store agree on; a prop equal to it is our own echo. */
  const inSync = useRef(flowText);
  const handle = useRef<EditorHandle | null>(null);
  const emit = useRef(onValidEdit);
  useEffect(() => {
    emit.current = onValidEdit;
  }, [onValidEdit]);

  useEffect(() => {
    if (flowText === inSync.current) return;
    inSync.current = flowText;
    // The canvas changed the design: it wins over any pending, not yet applied text edit.
    setPushed({ text: flowText });
  }, [flowText]);

  const check = useMemo(() => checkFlowText(text), [text]);
  const checkedText = useMemo(
    () => (check.state === 'valid' ? serializeFlow(check.flow) : undefined),
    [check],
  );

  useEffect(() => {
    if (readOnly || check.state !== 'valid' || checkedText === inSync.current) return;
    const timer = setTimeout(() => {
      inSync.current = checkedText!;
      emit.current(check.flow);
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [check, checkedText, debounceMs, readOnly]);

  // Lint paths only mean something while the text is the flow they were computed for.
  const shown = useMemo(() => {
    const lint =
      checkedText !== undefined && checkedText === flowText ? placeLintProblems(text, problems) : [];
    return [...check.problems, ...lint].sort(byPlace);
  }, [check, checkedText, flowText, problems, text]);

  const formatted = useMemo(() => formatJsonText(text), [text]);
  const onChange = useCallback((next: string) => setText(next), []);
  const onReady = useCallback((h: EditorHandle) => {
    handle.current = h;
  }, []);

  const editorProps: JsonEditorProps = {
    pushed,
    onChange,
    problems: shown,
    readOnly,
    dark,
    label: 'Flow JSON',
    onReady,
  };
  const errors = shown.filter((p) => p.severity === 'error').length;
  const status =
    check.state === 'invalid'
      ? `The JSON has ${errors} ${errors === 1 ? 'error' : 'errors'}; the canvas keeps the last valid design.`
      : readOnly
        ? 'Read-only.'
        : checkedText === flowText
          ? 'In sync with the canvas.'
          : 'Valid; applying to the canvas…';

  return (
    <section aria-label="Flow JSON" className="flex h-full min-h-0 flex-col bg-surface">
      <div className="flex items-center gap-2 border-b border-border px-3 py-1.5">
        <h2 className="text-xs font-semibold text-fg-soft">JSON</h2>
        <p role="status" className="truncate text-xs text-fg-muted">
          {status}
        </p>
        <button
          type="button"
          onClick={() => formatted !== undefined && setPushed({ text: formatted })}
          disabled={readOnly || formatted === undefined || formatted === text}
          title={formatted === undefined ? 'Fix the JSON syntax first' : 'Stable key order, two-space indent'}
          className="ml-auto rounded-md px-2 py-1 text-xs font-medium text-fg-soft ring-1 ring-border-strong hover:bg-surface-raised disabled:opacity-50"
        >
          Format
        </button>
      </div>
      <div className="min-h-0 flex-1">
        {editor === 'plain' ? (
          <PlainJsonEditor {...editorProps} />
        ) : (
          <EditorBoundary fallback={<PlainJsonEditor {...editorProps} />}>
            <Suspense
              fallback={
                <p aria-busy="true" className="p-3 text-xs text-fg-muted">
                  Loading the JSON editor…
                </p>
              }
            >
              <MonacoJsonEditor {...editorProps} />
            </Suspense>
          </EditorBoundary>
        )}
      </div>
      <ProblemList problems={shown} onReveal={(p) => handle.current?.reveal(p.startLine, p.startColumn)} />
    </section>
  );
}
