import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';

const MAX_TRIES = 5;

/**
 * Brings a card (or a lane, by status id) into view. A node added a moment ago is not measured yet,
 * so the lookup is retried over a few frames. With `onlyIfHidden`, a card already on screen stays put
 * (panning on every drop would be disorienting). Select the card first: a large design hands React
 * Flow only the cards around the view plus the selection (src/canvas/viewportWindow.ts), so a card
 * far away is found only once it is selected.
 */
export function useReveal() {
  const flow = useReactFlow();
  return useCallback(
    (id: string, options: { onlyIfHidden?: boolean } = {}) => {
      let tries = 0;
      const attempt = () => {
        const node = flow.getInternalNode(id) ?? flow.getInternalNode(`lane:${id}`);
        if (!node) {
          if (++tries < MAX_TRIES) requestAnimationFrame(attempt);
          return;
        }
        const { x, y } = node.internals.positionAbsolute;
        const width = node.width ?? node.measured.width ?? 0;
        const height = node.height ?? node.measured.height ?? 0;
        const { zoom } = flow.getViewport();
        const topLeft = flow.flowToScreenPosition({ x, y });
        const bottomRight = flow.flowToScreenPosition({ x: x + width, y: y + height });
        const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
        // No pane on screen (collapsed, or no layout at all): nothing to scroll.
        if (!pane || pane.width === 0 || pane.height === 0) return;
        const visible =
          topLeft.x >= pane.left &&
          topLeft.y >= pane.top &&
          bottomRight.x <= pane.right &&
          bottomRight.y <= pane.bottom;
        if (options.onlyIfHidden && visible) return;
        // Lanes are tall: show a lane's header rather than its middle.
        const centerY = id.startsWith('lane:') || height > 400 ? y + 200 : y + height / 2;
        void flow.setCenter(x + width / 2, centerY, { zoom, duration: 250 });
      };
      attempt();
    },
    [flow],
  );
}
