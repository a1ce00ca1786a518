import { describe, expect, it } from 'vitest';
import { panToShow } from '../../../src/canvas/KeepInView';

// The smallest pan that brings a card or lane into the pane (zoom kept, only the axes that need it).
describe('panToShow', () => {
  const pane = { width: 1000, height: 800 };

  it('leaves the view alone when the box is already inside', () => {
    expect(panToShow({ x: 100, y: 100, width: 200, height: 80 }, pane, [0, 0, 1])).toBeNull();
  });

  it('scrolls sideways just enough for a box off the right edge, keeping the vertical position', () => {
    const next = panToShow({ x: 1100, y: 100, width: 200, height: 80 }, pane, [0, -50, 1]);
    expect(next).toEqual({ x: 1000 - 24 - 1300, y: -50 });
  });

  it('scrolls back for a box off the left or top edge, at the zoom in use', () => {
    expect(panToShow({ x: 100, y: 100, width: 200, height: 80 }, pane, [-500, -400, 0.5])).toEqual({
      x: 24 - 50,
      y: 24 - 50,
    });
  });

  it('shows the start of a box taller than the pane', () => {
    expect(panToShow({ x: 0, y: 900, width: 200, height: 5000 }, pane, [0, 0, 1])).toEqual({
      x: 0,
      y: 24 - 900,
    });
  });
});
