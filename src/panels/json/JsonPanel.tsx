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
import { useTranslator } from '../../i18n/react';

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
  /** Invalid text kept from an earlier opening of the panel: shown instead of the flow. */
  draft?: JsonDraft | null;
  /** Told whenever the text becomes invalid (to keep) or valid again (null: nothing to keep). */
  onDraftChange?(draft: JsonDraft | null): void;
}

/** Invalid text the user is still typing, and the flow's JSON it was typed against. */
export interface JsonDraft {
  text: string;
  base: string;
}

const byPlace = (a: TextProblem, b: TextProblem) =>
  a.startLine - b.startLine || a.startColumn - b.startColumn;

/**
 * The flow as JSON, two-way. A valid edit reaches the canvas through `onValidEdit`; while the text is
 * invalid nothing is sent (the canvas keeps the last valid design) and the problems are listed. A
 * change from outside (the canvas) is merged into the text as a minimal edit, except while the text is
 * invalid: then the user chooses between their text and the canvas, so typing is never thrown away.
 */
export function JsonPanel({
  flow,
  onValidEdit,
  problems,
  readOnly = false,
  dark = false,
  debounceMs = 400,
  editor = 'monaco',
  draft = null,
  onDraftChange,
}: JsonPanelProps) {
  const translator = useTranslator();
  const { t } = translator;
  const flowText = useMemo(() => serializeFlow(flow), [flow]);
  const [pushed, setPushed] = useState<PushedText>(() => ({ text: draft?.text ?? flowText }));
  const [text, setText] = useState(draft?.text ?? flowText);
  /** The serialized flow the text and the store agree on; a prop equal to it is our own echo. */
  const inSync = useRef(flowText);
  /** The flow's JSON the user's text was typed against: a kept draft remembers it. */
  const base = useRef(draft?.base ?? flowText);
  /** The canvas changed the design while the text was invalid: the user has not yet said which wins. */
  const [canvasChanged, setCanvasChanged] = useState(draft !== null && draft.base !== flowText);
  const handle = useRef<EditorHandle | null>(null);
  const emit = useRef(onValidEdit);
  useEffect(() => {
    emit.current = onValidEdit;
  }, [onValidEdit]);

  const check = useMemo(() => checkFlowText(text, translator), [text, translator]);

  useEffect(() => {
    if (flowText === inSync.current) return;
    inSync.current = flowText;
    // Invalid text being typed is never replaced unasked: the question below decides. (Reacting to a
    // prop the store changed is this effect's purpose, as with the pushed text.)
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (check.state === 'invalid') return setCanvasChanged(true);
    // The canvas changed the design: it wins over a pending, not yet applied valid edit.
    base.current = flowText;
    setPushed({ text: flowText });
  }, [flowText, check]);

  const report = useRef(onDraftChange);
  useEffect(() => {
    report.current = onDraftChange;
  }, [onDraftChange]);
  useEffect(() => {
    report.current?.(check.state === 'invalid' ? { text, base: base.current } : null);
  }, [check, text, canvasChanged]);

  const keepMine = () => {
    base.current = flowText;
    setCanvasChanged(false);
  };
  const takeCanvas = () => {
    base.current = flowText;
    setCanvasChanged(false);
    setPushed({ text: flowText });
    setText(flowText);
  };
  const checkedText = useMemo(
    () => (check.state === 'valid' ? serializeFlow(check.flow) : undefined),
    [check],
  );

  useEffect(() => {
    // While the question is open, a text fixed meanwhile waits for the answer instead of winning.
    if (readOnly || canvasChanged || check.state !== 'valid' || checkedText === inSync.current) return;
    const timer = setTimeout(() => {
      inSync.current = checkedText!;
      emit.current(check.flow);
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [canvasChanged, check, checkedText, debounceMs, readOnly]);

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
    label: t('dialogs.json.label'),
    onReady,
  };
  const errors = shown.filter((p) => p.severity === 'error').length;
  const status =
    check.state === 'invalid'
      ? t('dialogs.json.invalid', { count: errors })
      : readOnly
        ? t('dialogs.json.readOnly')
        : checkedText === flowText
          ? t('dialogs.json.inSync')
          : t('dialogs.json.applying');

  return (
    <section aria-label={t('dialogs.json.label')} className="flex h-full min-h-0 flex-col bg-surface">
      <div className="flex items-center gap-2 border-b border-border px-3 py-1.5">
        <h2 className="text-xs font-semibold text-fg-soft">JSON</h2>
        <p role="status" className="truncate text-xs text-fg-muted">
          {status}
        </p>
        <button
          type="button"
          onClick={() => formatted !== undefined && setPushed({ text: formatted })}
          disabled={readOnly || formatted === undefined || formatted === text}
          title={formatted === undefined ? t('dialogs.json.format.blocked') : t('dialogs.json.format.hint')}
          className="ml-auto rounded-md px-2 py-1 text-xs font-medium text-fg-soft ring-1 ring-border-strong hover:bg-surface-raised disabled:opacity-50"
        >
          {t('dialogs.json.format')}
        </button>
      </div>
      {canvasChanged && (
        <div
          role="alert"
          className="space-y-1.5 border-b border-amber-300 bg-warning-soft px-3 py-2 text-xs text-amber-950 dark:border-amber-800 dark:text-amber-100"
        >
          <p>{t('dialogs.json.conflict')}</p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={keepMine}
              title={t('dialogs.json.keepMine.hint')}
              className="rounded-md bg-surface px-2 py-1 font-medium ring-1 ring-amber-400 hover:bg-amber-100 dark:ring-amber-700 dark:hover:bg-slate-800"
            >
              {t('dialogs.json.keepMine')}
            </button>
            <button
              type="button"
              onClick={takeCanvas}
              title={t('dialogs.json.takeCanvas.hint')}
              className="rounded-md bg-surface px-2 py-1 font-medium ring-1 ring-amber-400 hover:bg-amber-100 dark:ring-amber-700 dark:hover:bg-slate-800"
            >
              {t('dialogs.json.takeCanvas')}
            </button>
          </div>
        </div>
      )}
      <div className="min-h-0 flex-1">
        {editor === 'plain' ? (
          <PlainJsonEditor {...editorProps} />
        ) : (
          <EditorBoundary fallback={<PlainJsonEditor {...editorProps} />}>
            <Suspense
              fallback={
                <p aria-busy="true" className="p-3 text-xs text-fg-muted">
                  {t('dialogs.json.loading')}
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
