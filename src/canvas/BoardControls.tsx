import { useReactFlow, useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useTranslator } from '../i18n/react';
import { useDesigner } from '../store';
import { documentGraph } from './mapping';
import { lazyPart } from '../ui/lazyPart';
import { LoadPart } from '../ui/LoadPart';

const zoomOf = (s: ReactFlowState) => s.transform[2];

const BUTTON =
  'inline-flex h-7 min-w-7 items-center justify-center rounded-md px-1.5 text-sm font-medium text-fg-secondary hover:bg-surface-raised hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:text-white';

/**
 * Zoom and map controls in the strip under the board, never over a lane: zoom out, the zoom in
 * per cent (a click returns to 100 %), zoom in, fit the whole board, and the map on or off.
 */
export function BoardControls({ mapShown, onToggleMap }: { mapShown: boolean; onToggleMap: () => void }) {
  const rf = useReactFlow();
  const zoom = useStore(zoomOf);
  const { t } = useTranslator();
  const percent = Math.round(zoom * 100);
  return (
    <div
      role="toolbar"
      aria-label={t('canvas.controls.name')}
      className="flex h-8 shrink-0 items-center gap-0.5 px-2"
    >
      <button
        type="button"
        className={BUTTON}
        aria-label={t('canvas.controls.zoomOut')}
        title={t('canvas.controls.zoomOut.hint')}
        onClick={() => void rf.zoomOut({ duration: 150 })}
      >
        −
      </button>
      <button
        type="button"
        className={`${BUTTON} w-14 tabular-nums`}
        aria-label={t('canvas.controls.zoom', { percent })}
        title={t('canvas.controls.zoom.hint')}
        onClick={() => void rf.zoomTo(1, { duration: 150 })}
      >
        {t('canvas.controls.zoom.short', { percent })}
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label={t('canvas.controls.zoomIn')}
        title={t('canvas.controls.zoomIn.hint')}
        onClick={() => void rf.zoomIn({ duration: 150 })}
      >
        +
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label={t('canvas.controls.fit.hint')}
        title={t('canvas.controls.fit.hint')}
        onClick={() => void rf.fitView({ padding: 0.04, maxZoom: 1, duration: 200 })}
      >
        {t('canvas.controls.fit')}
      </button>
      <button type="button" className={BUTTON} aria-pressed={mapShown} onClick={onToggleMap}>
        {mapShown ? t('canvas.controls.hideMap') : t('canvas.controls.showMap')}
      </button>
    </div>
  );
}

/** The map's drawing: loaded when it is first shown (large designs) or when the page is idle. */
export const OverviewMap = lazyPart(() => import('./OverviewMap').then((m) => m.OverviewMap));

/** The map, in a column of its own beside the board: it never covers a lane. */
export function BoardMap() {
  const flow = useDesigner((s) => s.flow);
  const translator = useTranslator();
  const nodes = documentGraph(flow, translator).nodes;
  return (
    <aside
      aria-label={translator.t('canvas.map.name')}
      className="of-map shrink-0 border-l border-border-subtle bg-slate-50 p-2 dark:bg-slate-950"
    >
      <LoadPart what={translator.t('canvas.map.loading')} fallback={null}>
        <OverviewMap nodes={nodes} ariaLabel={translator.t('canvas.map.minimap')} />
      </LoadPart>
    </aside>
  );
}
