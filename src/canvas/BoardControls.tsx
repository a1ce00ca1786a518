import { useReactFlow, useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
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
  return (
    <div role="toolbar" aria-label="Board view" className="flex h-8 shrink-0 items-center gap-0.5 px-2">
      <button
        type="button"
        className={BUTTON}
        aria-label="Zoom out"
        title="Zoom out (Ctrl+wheel)"
        onClick={() => void rf.zoomOut({ duration: 150 })}
      >
        −
      </button>
      <button
        type="button"
        className={`${BUTTON} w-14 tabular-nums`}
        aria-label={`Zoom ${Math.round(zoom * 100)} per cent: back to 100 per cent`}
        title="Back to 100 %"
        onClick={() => void rf.zoomTo(1, { duration: 150 })}
      >
        {Math.round(zoom * 100)}%
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label="Zoom in"
        title="Zoom in (Ctrl+wheel)"
        onClick={() => void rf.zoomIn({ duration: 150 })}
      >
        +
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label="Fit the whole board"
        title="Fit the whole board"
        onClick={() => void rf.fitView({ padding: 0.04, maxZoom: 1, duration: 200 })}
      >
        Fit
      </button>
      <button type="button" className={BUTTON} aria-pressed={mapShown} onClick={onToggleMap}>
        {mapShown ? 'Hide map' : 'Show map'}
      </button>
    </div>
  );
}

/** The map's drawing: loaded when it is first shown (large designs) or when the page is idle. */
export const OverviewMap = lazyPart(() => import('./OverviewMap').then((m) => m.OverviewMap));

/** The map, in a column of its own beside the board: it never covers a lane. */
export function BoardMap() {
  const flow = useDesigner((s) => s.flow);
  const nodes = documentGraph(flow).nodes;
  return (
    <aside
      aria-label="Map of the board"
      className="of-map shrink-0 border-l border-border-subtle bg-slate-50 p-2 dark:bg-slate-950"
    >
      <LoadPart what="the map" fallback={null}>
        <OverviewMap nodes={nodes} ariaLabel="Minimap of the flow" />
      </LoadPart>
    </aside>
  );
}
