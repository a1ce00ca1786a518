import { createRoot } from 'react-dom/client';
import { ReactFlow } from '@xyflow/react';
import type { Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { SIZES } from '../src/canvas/layout';

/*
 * The yardstick of `npm run bench:canvas`: React Flow alone with N default nodes of the designer's
 * card size, culled as the designer culls, in rows as deep as the generated design's lanes, and
 * opened at the zoom the bench saw the designer open with (`zoom`). No store, no lint, no panels.
 */
const params = new URLSearchParams(location.search);
const count = Number(params.get('nodes') ?? 5000);
const rows = Number(params.get('rows') ?? 250);
const zoom = Number(params.get('zoom') ?? 0.8);

const stepX = SIZES.laneWidth + SIZES.laneGap;
const stepY = SIZES.cardHeight + SIZES.thenGap;
const nodes: Node[] = Array.from({ length: count }, (_, i) => ({
  id: String(i),
  position: { x: Math.floor(i / rows) * stepX, y: (i % rows) * stepY },
  width: SIZES.cardWidth,
  height: SIZES.cardHeight,
  data: { label: `Node ${i}` },
}));

createRoot(document.getElementById('root')!).render(
  <ReactFlow
    aria-label="Bare canvas"
    defaultNodes={nodes}
    defaultEdges={[]}
    defaultViewport={{ x: 24, y: 24, zoom }}
    minZoom={0.15}
    maxZoom={2}
    onlyRenderVisibleElements
  />,
);
