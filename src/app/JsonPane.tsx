import { useCallback, useState } from 'react';
import type { Flow } from '../domain/flow';
import { useDesigner, useDesignerStoreApi } from '../store';
import { useTranslator } from '../i18n/react';
import { LoadPart } from '../ui/LoadPart';
import { barButtonClass, useIntegration } from './integration';
import { useJsonEditorKind } from './jsonEditorKind';
import type { JsonDraft } from '../panels/json/JsonPanel';
import { JsonPanel } from './lazyParts';
import { useProblems } from './problems';
import { FOLDS_AWAY } from '../ui/barFold';

/** The top bar's "JSON" switch. */
export function JsonToggle() {
  const { jsonOpen, setJsonOpen } = useIntegration();
  const { t } = useTranslator();
  return (
    <button
      type="button"
      aria-pressed={jsonOpen}
      // When the bar is crowded the "More" menu holds it (TopBarMore).
      data-fold="2"
      className={`${barButtonClass} ${FOLDS_AWAY}`}
      title={jsonOpen ? t('topBar.json.hideHint') : t('topBar.json.showHint')}
      onClick={() => setJsonOpen(!jsonOpen)}
    >
      {'{ }'} JSON
    </button>
  );
}

/**
 * The live flow as JSON beside the canvas: a valid edit replaces the design as one undo step. Invalid
 * text being typed is kept here, outside the panel, so closing and reopening the pane keeps it.
 */
export function JsonPane() {
  const [draft, setDraft] = useState<JsonDraft | null>(null);
  const { jsonOpen } = useIntegration();
  const jsonEditor = useJsonEditorKind();
  const store = useDesignerStoreApi();
  const flow = useDesigner((s) => s.flow);
  const dark = useDesigner((s) => s.theme === 'dark');
  const locked = useDesigner((s) => s.simulation.active);
  const problems = useProblems();
  const { t } = useTranslator();
  const onValidEdit = useCallback(
    (next: Flow) => {
      const result = store.getState().dispatch({ type: 'flow.replace', flow: next });
      if (!result.ok) store.getState().notify(result.reason, 'error');
    },
    [store],
  );
  if (!jsonOpen) return null;
  return (
    <section
      aria-label="JSON"
      className="flex h-full min-h-0 w-[32rem] shrink-0 flex-col border-l border-border-subtle bg-surface-base"
    >
      <LoadPart what={t('dialogs.json.part')}>
        <JsonPanel
          flow={flow}
          problems={problems}
          onValidEdit={onValidEdit}
          readOnly={locked}
          dark={dark}
          editor={jsonEditor}
          draft={draft}
          onDraftChange={setDraft}
        />
      </LoadPart>
    </section>
  );
}
