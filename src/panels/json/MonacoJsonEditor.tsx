import Editor from '@monaco-editor/react';
import type { OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import type { TextProblem } from './checkFlowText';
import { FLOW_MODEL_PATH, monaco } from './monacoSetup';
import { minimalReplacement } from './textEdit';
import type { EditorHandle, JsonEditorProps } from './editorTypes';

type CodeEditor = Parameters<OnMount>[0];

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

function toMarker(p: TextProblem, { t }: Translator) {
  return {
    severity: SEVERITY[p.severity],
    // The JSON view keeps the path: its reader edits the JSON there.
    message: t('io.json.marker', { message: p.message, path: p.path }),
    code: p.code,
    startLineNumber: p.startLine,
    startColumn: p.startColumn,
    endLineNumber: p.endLine,
    endColumn: p.endColumn,
  };
}

/**
 * The monaco surface of the JSON panel (lazily loaded). Text pushed from outside is applied as one
 * minimal edit with `executeEdits`, never `setValue`, so the cursor, selection, scroll and monaco's
 * own undo stack survive a change made on the canvas.
 */
export default function MonacoJsonEditor({
  pushed,
  onChange,
  problems,
  readOnly,
  dark,
  label,
  onReady,
}: JsonEditorProps) {
  const translator = useTranslator();
  const { t } = translator;
  const editorRef = useRef<CodeEditor | null>(null);
  // While we apply a pushed text, monaco's change event must not echo it back as a user edit.
  const applying = useRef(false);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    const handle: EditorHandle = {
      reveal(line, column) {
        editor.revealPositionInCenter({ lineNumber: line, column });
        editor.setPosition({ lineNumber: line, column });
        editor.focus();
      },
      focus: () => editor.focus(),
    };
    onReady?.(handle);
  };

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const edit = minimalReplacement(model.getValue(), pushed.text);
    if (!edit) return;
    const start = model.getPositionAt(edit.start);
    const end = model.getPositionAt(edit.end);
    applying.current = true;
    try {
      // Stack elements on both sides: the outside change is one undo step of its own in monaco.
      editor.pushUndoStop();
      editor.executeEdits('orderflow-sync', [
        {
          range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
          text: edit.text,
          forceMoveMarkers: true,
        },
      ]);
      editor.pushUndoStop();
    } finally {
      applying.current = false;
    }
    onChange(model.getValue());
    // `pushed` changes identity for every push, even of an equal text (a second Format).
  }, [pushed, onChange]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model)
      monaco.editor.setModelMarkers(
        model,
        'orderflow',
        problems.map((p) => toMarker(p, translator)),
      );
  }, [problems, translator]);

  return (
    <Editor
      height="100%"
      language="json"
      path={FLOW_MODEL_PATH}
      defaultValue={pushed.text}
      theme={dark ? 'vs-dark' : 'vs'}
      onMount={(editor, m) => {
        onMount(editor, m);
        const model = editor.getModel();
        if (model)
          monaco.editor.setModelMarkers(
            model,
            'orderflow',
            problems.map((p) => toMarker(p, translator)),
          );
      }}
      onChange={(value) => {
        if (!applying.current) onChange(value ?? '');
      }}
      loading={<p className="p-3 text-xs text-fg-muted">{t('io.loading.jsonEditor')}</p>}
      options={{
        readOnly,
        ariaLabel: label,
        minimap: { enabled: false },
        tabSize: 2,
        insertSpaces: true,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fontSize: 12,
        wordWrap: 'off',
        fixedOverflowWidgets: true,
      }}
    />
  );
}
