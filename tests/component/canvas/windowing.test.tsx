import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import type { Flow } from '../../../src/domain/flow';
import { createDesignerStore } from '../../../src/store';
import { generateFlow } from '../../fixtures/generators';

/*
 * A large design is handed to React Flow a window at a time (src/canvas/viewportWindow.ts): what a
 * user notices is that the cards near the view are there, and that a card far away is there as
 * soon as something brings it into view — here the problems panel, which selects and reveals it.
 */
function largeDesign(): { flow: Flow; far: string } {
  const flow = generateFlow(3, { statuses: 4, robotsPerStatus: 120, triggers: 20 });
  const far = flow.robots.at(-1)!;
  // One card far to the right with a problem of its own, named so its problem row can be found.
  const robots = flow.robots.map((r) =>
    r === far ? { ...r, type: 'email.send' as const, name: 'Farthest reminder', settings: {} } : r,
  );
  return { flow: { ...flow, robots }, far: far.id };
}

const card = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`);

describe('a large design on the canvas', { timeout: 45_000 }, () => {
  // jsdom lays nothing out; a reveal measures the canvas on screen, so give it the pane's size.
  beforeEach(() => {
    const measure = Element.prototype.getBoundingClientRect;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return this.classList.contains('react-flow') ? new DOMRect(0, 0, 1200, 800) : measure.call(this);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws the cards around the view and brings a far card in when the problems panel reveals it', async () => {
    const { flow, far } = largeDesign();
    const user = userEvent.setup();
    render(<App store={createDesignerStore(flow)} />);
    await screen.findByRole('region', { name: 'Status 0' });
    await waitFor(() => expect(card(flow.robots[0]!.id)).not.toBeNull());
    expect(document.querySelectorAll('.react-flow__node-robot').length).toBeLessThan(80);
    expect(card(far)).toBeNull();

    await user.click(screen.getByRole('button', { name: /show problems/i }));
    const rows = await screen.findAllByRole('button', { name: /Farthest reminder/ });
    await user.click(rows[0]!);
    await waitFor(() => expect(card(far)).not.toBeNull(), { timeout: 5000 });
    expect(card(far)).toHaveAttribute('aria-label', expect.stringMatching(/^Farthest reminder/));
    expect(card(flow.robots[0]!.id)).toBeNull();
  });

  it('draws the cards as sketches when zoomed far out, and the cards again when zoomed back in', async () => {
    const { flow } = largeDesign();
    const user = userEvent.setup();
    render(<App store={createDesignerStore(flow)} />);
    await screen.findByRole('region', { name: 'Status 0' });
    await waitFor(() => expect(card(flow.robots[0]!.id)).not.toBeNull());
    expect(document.querySelector('.of-lane-sketch')).toBeNull();

    const zoom = () => screen.getByRole('button', { name: /^Zoom \d+ per cent/ }).getAttribute('aria-label')!;
    const percent = () => Number(/Zoom (\d+)/.exec(zoom())![1]);
    while (percent() >= 65) await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    await waitFor(() => expect(document.querySelectorAll('.react-flow__node-robot')).toHaveLength(0));
    // Every lane draws its cards as a sketch instead.
    expect(document.querySelectorAll('.of-lane-sketch')).toHaveLength(4);

    while (percent() < 65) await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(card(flow.robots[0]!.id)).not.toBeNull());
    expect(document.querySelector('.of-lane-sketch')).toBeNull();
  });
});
