import { describe, expect, it } from 'vitest';
import { boardExtent } from '../../../src/canvas/boardExtent';
import { documentGraph } from '../../../src/canvas/mapping';
import { generateFlow } from '../../fixtures/generators';

// The page-coloured ground a large board is painted on (one composited layer): exactly under its lanes.
describe('boardExtent', () => {
  const flow = generateFlow(3, { statuses: 6, robotsPerStatus: 40, triggers: 10 });
  const graph = documentGraph(flow);
  const lanes = graph.nodes.filter((n) => n.type === 'lane');

  it('reaches from the first lane to the right edge of the last and as deep as the lanes', () => {
    const extent = boardExtent(graph.layout) as Record<string, string>;
    const right = Math.max(...lanes.map((l) => l.position.x + (l.width ?? 0)));
    const bottom = Math.max(...lanes.map((l) => l.position.y + (l.height ?? 0)));
    expect(Math.min(...lanes.map((l) => l.position.x))).toBe(0);
    expect(extent['--of-board-width']).toBe(`${right}px`);
    expect(extent['--of-board-height']).toBe(`${bottom}px`);
  });

  it('is the same object while the layout is (a rename), so the board is not restyled for nothing', () => {
    const renamed = documentGraph({ ...flow, name: 'Renamed' });
    expect(renamed.layout).toBe(graph.layout);
    expect(boardExtent(renamed.layout)).toBe(boardExtent(graph.layout));
  });
});
