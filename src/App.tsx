import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas } from './canvas';
import { Notice } from './panels/Notice';
import { TopBar } from './panels/TopBar';
import { DesignerStoreProvider, useDesigner } from './store';
import type { DesignerStore } from './store';

/** Mirrors the theme onto <html>, where Tailwind's `dark` variant looks for it. */
function ThemeClass() {
  const theme = useDesigner((s) => s.theme);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);
  return null;
}

/**
 * The designer shell. It receives its store instead of creating one, so the entry point decides where
 * the flow comes from (saved or default) and each test mounts an independent designer.
 */
export function App({ store, notice }: { store: DesignerStore; notice?: string }) {
  return (
    <DesignerStoreProvider store={store}>
      <ThemeClass />
      <div className="flex h-full flex-col bg-slate-100 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <TopBar />
        {notice && <Notice>{notice}</Notice>}
        <main className="relative min-h-0 flex-1">
          <ReactFlowProvider>
            <FlowCanvas />
          </ReactFlowProvider>
        </main>
      </div>
    </DesignerStoreProvider>
  );
}
