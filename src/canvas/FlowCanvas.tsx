import { useMemo, useRef, useState } from 'react';
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import type { Node } from '@xyflow/react';
import { useDesigner, useDesignerStoreApi } from '../store';
import { flowToGraph } from './mapping';
import { nodeTypes } from './nodeTypes';
import { initialViewport } from './viewport';
import type { CanvasNode } from './types';

function minimapColor(node: Node): string {
  const n = node as CanvasNode;
  if (n.type === 'lane') return `${n.data.status.color}33`;
  if (n.type === 'trigger') return '#34d399';
  return '#94a3b8';
}

/**
 * The swimlane canvas, read-only for now: pan, zoom, fit view, minimap and selection work; the
 * viewport goes to the store (never to history) and is saved with the design.
 */
export function FlowCanvas() {
  const store = useDesignerStoreApi();
  const flow = useDesigner((s) => s.flow);
  const selection = useDesigner((s) => s.selection);
  const theme = useDesigner((s) => s.theme);
  // Read once: after mounting, React Flow owns the live viewport and reports it back on move end.
  const [savedViewport] = useState(() => store.getState().viewport);
  const { nodes, edges } = useMemo(() => flowToGraph(flow, selection), [flow, selection]);
  const wrapper = useRef<HTMLDivElement>(null);

  return (
    <ReactFlow
      aria-label="Flow canvas"
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      colorMode={theme}
      ref={wrapper}
      defaultViewport={savedViewport ?? undefined}
      onInit={(instance) => {
        if (savedViewport || !wrapper.current) return;
        const bounds = instance.getNodesBounds(instance.getNodes().filter((n) => n.type === 'lane'));
        const { width, height } = wrapper.current.getBoundingClientRect();
        if (bounds.width > 0 && width > 0 && height > 0)
          void instance.setViewport(initialViewport(bounds, { width, height }));
      }}
      fitViewOptions={{ padding: 0.04, maxZoom: 1 }}
      minZoom={0.15}
      maxZoom={2}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      onMoveEnd={(_event, viewport) => store.getState().setViewport(viewport)}
      onNodeClick={(_event, node) => {
        if (node.type !== 'lane') store.getState().select([node.id]);
      }}
      onPaneClick={() => store.getState().clearSelection()}
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} className="of-background" />
      <MiniMap
        pannable
        zoomable
        nodeColor={minimapColor}
        nodeBorderRadius={6}
        ariaLabel="Minimap of the flow"
      />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}
