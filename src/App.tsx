import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Board } from './app/Board';
import { CrossTabBanner } from './app/CrossTabBanner';
import { DesignerDnd } from './app/DesignerDnd';
import { HistoryButtons } from './app/HistoryButtons';
import { IntegrationBar, JsonPane, SharedFlowView } from './app/IntegrationBar';
import { JsonEditorKindProvider } from './app/jsonEditorKind';
import type { JsonEditorKind } from './app/jsonEditorKind';
import { PalettePanel } from './app/PalettePanel';
import { ProblemCounts } from './app/ProblemCounts';
import { SaveStatus } from './app/SaveStatus';
import { SelectionDetails } from './app/SelectionDetails';
import { DesignOnly, LockedNotice, SimulateToggle, SimulatorPane } from './app/SimulateMode';
import { Shortcuts } from './app/Shortcuts';
import { Toasts } from './app/Toasts';
import { useLeaveGuard } from './app/useLeaveGuard';
import { usePaneCycling } from './app/usePaneCycling';
import { Notice } from './panels/Notice';
import { TopBar } from './panels/TopBar';
import { DesignerStoreProvider, useDesigner } from './store';
import type { DesignerStore } from './store';
import { FullTextOnFocus } from './ui';

/** Mirrors the theme onto <html>, where Tailwind's `dark` variant looks for it. */
function ThemeClass() {
  const theme = useDesigner((s) => s.theme);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);
  return null;
}

/** Page-level behaviour with no UI of its own: the leave-page guard and F6 between panes. */
function PageBehaviour() {
  useLeaveGuard();
  usePaneCycling();
  return null;
}

/**
 * The designer: top bar; palette, canvas and inspector side by side; problems under the canvas. It
 * receives its store instead of creating one, so the entry point decides where the flow comes from
 * (saved or default) and each test mounts an independent designer.
 */
export function App({
  store,
  notice,
  jsonEditor = 'monaco',
}: {
  store: DesignerStore;
  notice?: string;
  /** The JSON editor to show (see app/jsonEditorKind.ts). */
  jsonEditor?: JsonEditorKind;
}) {
  return (
    <DesignerStoreProvider store={store}>
      <JsonEditorKindProvider value={jsonEditor}>
        <ThemeClass />
        <PageBehaviour />
        {/* One React Flow instance for the whole layout: the palette and problems panel reveal nodes. */}
        <ReactFlowProvider>
          <div className="flex h-full flex-col bg-surface-page text-fg">
            <TopBar>
              <SimulateToggle />
              <HistoryButtons />
              <SaveStatus />
              <ProblemCounts />
              <IntegrationBar />
            </TopBar>
            {notice && <Notice>{notice}</Notice>}
            <LockedNotice />
            <CrossTabBanner />
            <DesignerDnd>
              <div className="flex min-h-0 flex-1">
                <DesignOnly>
                  <PalettePanel />
                </DesignOnly>
                <Board />
                <JsonPane />
                <DesignOnly simulating={<SimulatorPane />}>
                  <SelectionDetails />
                </DesignOnly>
              </div>
            </DesignerDnd>
            <SharedFlowView />
            <Toasts />
            <FullTextOnFocus />
            <Shortcuts />
          </div>
        </ReactFlowProvider>
      </JsonEditorKindProvider>
    </DesignerStoreProvider>
  );
}
