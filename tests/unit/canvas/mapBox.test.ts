import { describe, expect, it } from 'vitest';
import { mapBox } from '../../../src/canvas/mapBox';
import type { Box } from '../../../src/canvas/mapBox';

const MAP = { width: 200, height: 150 };
// A tall design: 20 columns of 250 cards (4,480 × 32,000 flow px); a step is 2,000 px.
const design: Box = { x: 0, y: 0, width: 4480, height: 32000 };
const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('the map’s box', () => {
  it('shows the design alone, centred with its padding, while the view is inside it', () => {
    const box = mapBox(design, { x: 1000, y: 500, width: 1400, height: 1100 }, MAP, 5);
    // Height decides the scale: 32,000 flow px over 150 map px.
    const scale = 32000 / 150;
    expect(box.height).toBeCloseTo(150 * scale + 10 * scale);
    expect(box.y).toBeCloseTo(-5 * scale);
    expect(box.x + box.width / 2).toBeCloseTo(design.width / 2);
  });

  it('takes in a view that sticks out of the design by a whole step, and keeps that box while the view moves within the step', () => {
    const above = { x: 0, y: -300, width: 1440, height: 1100 };
    const first = mapBox(design, above, MAP, 5);
    expect(contains(first, above)).toBe(true);
    const inside = mapBox(design, { x: 0, y: 500, width: 1440, height: 1100 }, MAP, 5);
    // One step (2,000 px) above the design: the map shows 34,000 px of height instead of 32,000
    // (150 map pixels of content plus 2 × 5 of padding).
    expect(inside.height).toBeCloseTo((160 * 32000) / 150);
    expect(first.height).toBeCloseTo((160 * 34000) / 150);
    // Zooming out a little more (the view's top moves further up, still within the step): same box.
    for (const y of [-600, -1200, -1999])
      expect(mapBox(design, { x: -50, y, width: 1600, height: 1300 }, MAP, 5)).toEqual(
        mapBox(design, { x: -50, y: -300, width: 1600, height: 1300 }, MAP, 5),
      );
    // Past the step: the box grows by the next step and still holds the view.
    const further = { x: -50, y: -2100, width: 1600, height: 1300 };
    const next = mapBox(design, further, MAP, 5);
    expect(next.height).toBeGreaterThan(first.height);
    expect(contains(next, further)).toBe(true);
  });

  it('holds a view far off to the right of the design, and an empty design', () => {
    const far = { x: 9000, y: 100, width: 1400, height: 1000 };
    expect(contains(mapBox(design, far, MAP, 5), far)).toBe(true);
    const empty = { x: 0, y: 0, width: 0, height: 0 };
    const view = { x: -700, y: -450, width: 1400, height: 900 };
    expect(contains(mapBox(empty, view, MAP, 5), view)).toBe(true);
  });
});
