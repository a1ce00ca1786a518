import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { documentGraph } from '../../../src/canvas/mapping';
import { CARDS_PER_FRAME, useStagedEntry } from '../../../src/canvas/stagedEntry';
import { nextWindow, visibleRect, windowGraph } from '../../../src/canvas/viewportWindow';
import type { Rect, WindowedGraph } from '../../../src/canvas/viewportWindow';
import { generateFlow } from '../../fixtures/generators';

/*
 * The window a large board hands React Flow: after a cut, its new cards come in a frame's worth at
 * a time until every one is there; an edit within the same window shows at once.
 */
const graph = documentGraph(generateFlow(7, { statuses: 6, robotsPerStatus: 120, triggers: 30 }));
const view = visibleRect([-300, -200, 0.8], 1200, 800);
const firstWindow = nextWindow(null, view)!;
const secondWindow = nextWindow(firstWindow, { ...view, y: view.y + view.height })!;

describe('useStagedEntry', () => {
  it('brings the cards of a cut in over a few frames, then hands the whole window', async () => {
    const first = windowGraph(graph, firstWindow);
    const second = windowGraph(graph, secondWindow);
    const { result, rerender } = renderHook(
      ({ windowed, window }: { windowed: WindowedGraph; window: Rect }) => useStagedEntry(windowed, window),
      { initialProps: { windowed: first, window: firstWindow } },
    );
    // The first window is handed whole.
    expect(result.current).toBe(first);
    act(() => rerender({ windowed: second, window: secondWindow }));
    const entering = [...second.kept].filter((id) => !first.kept.has(id));
    const shownAtOnce = result.current!.nodes.filter((n) => entering.includes(n.id));
    expect(shownAtOnce.length).toBeLessThan(entering.length);
    // No link to a card that is not there yet.
    const shown = new Set(result.current!.nodes.map((n) => n.id));
    expect(result.current!.edges.every((e) => shown.has(e.source) && shown.has(e.target))).toBe(true);
    await waitFor(() => expect(result.current).toBe(second), { timeout: 3000 });
    expect(entering.length).toBeGreaterThan(CARDS_PER_FRAME);
  });
});
