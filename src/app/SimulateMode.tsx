import type { ReactNode } from 'react';
import { useTranslator } from '../i18n/react';
import { useDesigner, useDesignerStoreApi } from '../store';
import { lazyPart } from '../ui/lazyPart';
import { LoadPart } from '../ui/LoadPart';

// The simulator (panels, engine client) loads on first use: designing never pays for it.
const LazySimulatorPane = lazyPart(() => import('./SimulatorPane').then((m) => m.SimulatorPane));

/*
 * Simulate mode: a top-bar toggle; while it is on the design is locked (the store refuses
 * edits, the palette and inspector make way for the simulator) and the canvas shows the run.
 */

/** The top bar's "Simulate" switch. */
export function SimulateToggle() {
  const store = useDesignerStoreApi();
  const active = useDesigner((s) => s.simulation.active);
  const { t } = useTranslator();
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={() => store.getState().setSimulating(!active)}
      title={active ? t('simulator.mode.back') : t('simulator.mode.toggle.hint')}
      className="inline-flex h-8 shrink-0 items-center gap-1.5 rounded-md border border-slate-300 px-2 text-xs xl:px-3 font-semibold text-fg-soft hover:bg-slate-50 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-700 dark:hover:bg-slate-800"
    >
      <span aria-hidden="true">▶</span>
      {t('simulator.mode.toggle')}
    </button>
  );
}

/** Children while designing; `simulating` (if any) in simulate mode. */
export function DesignOnly({ children, simulating }: { children: ReactNode; simulating?: ReactNode }) {
  const active = useDesigner((s) => s.simulation.active);
  return <>{active ? simulating : children}</>;
}

/** The line under the top bar that says why nothing can be edited. */
export function LockedNotice() {
  const store = useDesignerStoreApi();
  const active = useDesigner((s) => s.simulation.active);
  const { t } = useTranslator();
  if (!active) return null;
  return (
    <div
      role="status"
      className="flex items-center gap-3 border-b border-brand-200 bg-brand-50 px-4 py-1.5 text-sm text-slate-800 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-200"
    >
      <span className="flex-1">{t('simulator.mode.locked')}</span>
      <button
        type="button"
        className="rounded px-2 py-0.5 text-xs font-medium hover:bg-white dark:hover:bg-slate-800"
        onClick={() => store.getState().setSimulating(false)}
      >
        {t('simulator.mode.back')}
      </button>
    </div>
  );
}

const PANE = 'w-[36rem] shrink-0 border-l border-border-subtle p-3';

/** The simulator beside the canvas, loaded when simulate mode is first turned on. */
export function SimulatorPane() {
  const { t } = useTranslator();
  return (
    <LoadPart
      what={t('simulator.loading.what')}
      fallback={
        <p role="status" className={`${PANE} text-sm`}>
          {t('loading.part', { what: t('simulator.loading.what') })}
        </p>
      }
      failedClassName={PANE}
    >
      <LazySimulatorPane />
    </LoadPart>
  );
}
