import { useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import type { Flow } from '../domain/flow';
import { FlowCanvas } from '../canvas';
import { englishTranslator } from '../i18n/english';
import { useTranslator } from '../i18n/react';
import { createDesignerStore, DesignerStoreProvider, useDesigner, useDesignerStoreApi } from '../store';
import type { DesignerStore } from '../store';
import { ModalDialog, primaryButtonClass } from '../ui/ConfirmDialog';
import { buttonClass } from '../ui/formStyles';
import { LoadPart } from '../ui/LoadPart';
import { useJsonEditorKind } from './jsonEditorKind';
import { JsonPanel } from './lazyParts';

const none: never[] = [];

/** Why nothing on a shared design can change (English; the canvas says it in the reader's language). */
export const SHARED_READ_ONLY = englishTranslator.t('canvas.readOnly.shared');

/**
 * A store of its own for the shared design, locked for good: the canvas draws it exactly as the
 * designer would (lanes, cards, links, problems badges) while nothing can change it, and the user's
 * open design, its history and its autosave are never touched.
 */
function useSharedStore(flow: Flow, main: DesignerStore): DesignerStore {
  const translator = useTranslator();
  return useMemo(() => {
    const shared = createDesignerStore(flow, { readOnly: translator.t('canvas.readOnly.shared') });
    const { theme, reference } = main.getState();
    shared.getState().setTheme(theme);
    // Names of employees, mailboxes and numbers on the cards come from the same reference data.
    shared.getState().setReference(reference);
    // Its cards and their problems speak the reader's language, as the designer's own canvas does.
    shared.getState().setLanguage(translator);
    return shared;
  }, [flow, main, translator]);
}

type View = 'canvas' | 'json';

/**
 * A design opened from a share link: drawn read-only on a canvas over the designer (or as JSON);
 * the open design is untouched until "Save a copy" makes the shared one the open design (one undo step).
 */
/** A shared design, read-only, over the page (loaded when a share link is opened). */
export function SharedDesign({ flow, close }: { flow: Flow; close(): void }) {
  const store = useDesignerStoreApi();
  const dark = useDesigner((s) => s.theme === 'dark');
  const jsonEditor = useJsonEditorKind();
  const shared = useSharedStore(flow, store);
  const [view, setView] = useState<View>('canvas');
  const { t } = useTranslator();

  const saveCopy = () => {
    const result = store.getState().dispatch({ type: 'flow.replace', flow });
    if (!result.ok) {
      store.getState().notify(result.reason, 'error');
      return;
    }
    close();
    store.getState().notify(t('canvas.shared.saved', { name: flow.name }));
  };

  const tab = (value: View, label: string) => (
    <button
      type="button"
      className={buttonClass}
      aria-pressed={view === value}
      onClick={() => setView(value)}
    >
      {label}
    </button>
  );

  return (
    <ModalDialog
      title={t('canvas.shared.title', { name: flow.name })}
      onClose={close}
      className="flex h-[85vh] w-[95vw] max-w-none! flex-col"
      footer={
        <>
          <button type="button" className={buttonClass} onClick={close}>
            {t('common.close')}
          </button>
          <button type="button" className={primaryButtonClass} onClick={saveCopy}>
            {t('canvas.shared.saveCopy')}
          </button>
        </>
      }
    >
      <div className="flex min-h-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <p className="mr-auto text-sm text-fg-secondary">
            {t('canvas.shared.about', {
              statuses: flow.statuses.length,
              robots: flow.robots.length,
              triggers: flow.triggers.length,
            })}
          </p>
          <div role="group" aria-label={t('canvas.shared.view')} className="flex gap-1">
            {tab('canvas', t('canvas.shared.view.canvas'))}
            {tab('json', t('canvas.shared.view.json'))}
          </div>
        </div>
        <div className="relative min-h-[50vh] flex-1 overflow-hidden rounded border border-border">
          {view === 'canvas' ? (
            <DesignerStoreProvider store={shared}>
              <ReactFlowProvider>
                <FlowCanvas />
              </ReactFlowProvider>
            </DesignerStoreProvider>
          ) : (
            <div className="flex h-full min-h-0 flex-col">
              <LoadPart what={t('canvas.shared.loading.json')} failedClassName="">
                <JsonPanel
                  flow={flow}
                  problems={none}
                  onValidEdit={() => {}}
                  readOnly
                  dark={dark}
                  editor={jsonEditor}
                />
              </LoadPart>
            </div>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
