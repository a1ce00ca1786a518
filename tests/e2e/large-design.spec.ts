import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { FLOW_STORAGE_KEY } from '../../src/store/persistence';
import { generateFlow } from '../fixtures/generators';

/*
 * A 5,000-robot design in a real browser. React Flow is handed only the cards around the view
 * (src/canvas/viewportWindow.ts); what a user must never notice is that: panning brings the next
 * cards in, a card far away can be reached from the problems panel, and a drag and its undo work.
 */

test.use({ viewport: { width: 1440, height: 900 } });

const flow = generateFlow(20240101, {
  statuses: 20,
  robotsPerStatus: 250,
  triggers: 200,
  calendarDelays: false,
});

async function openLargeDesign(page: Page) {
  await page.addInitScript(
    ([key, text]) => {
      if (!sessionStorage.getItem('of-large')) {
        localStorage.clear();
        localStorage.setItem(key!, text!);
        sessionStorage.setItem('of-large', '1');
      }
    },
    [FLOW_STORAGE_KEY, JSON.stringify(flow)],
  );
  await page.goto('/');
  await expect(page.locator('.react-flow__node-robot').first()).toBeVisible({ timeout: 30_000 });
}

const cardIds = (page: Page) =>
  page
    .locator('.react-flow__node-robot')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id')!));

/** A point on the canvas with no card, panel or button under it (a lane or the pane), right of centre. */
const emptySpot = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    for (let y = pane.bottom - 200; y > pane.top + 100; y -= 20)
      for (let x = pane.left + pane.width * 0.5; x < pane.right - 20; x += 20) {
        const hit = document.elementFromPoint(x, y);
        const busy = '.react-flow__node-robot, .react-flow__node-trigger, .react-flow__panel, button, header';
        if (hit?.closest('.react-flow') && !hit.closest(busy)) return { x, y };
      }
    throw new Error('no empty spot on the canvas');
  });

test('panning a 5,000-robot design brings the next cards in', async ({ page }) => {
  await openLargeDesign(page);
  const before = await cardIds(page);
  // Three drags of 600 px: more than two screens to the right, well past the cards React Flow was
  // handed at first, so new ones appear only if the window follows the view.
  for (let drag = 0; drag < 3; drag++) {
    const start = await emptySpot(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 4; i++) await page.mouse.move(start.x - i * 150, start.y, { steps: 6 });
    await page.mouse.up();
  }
  await expect(async () => {
    const after = await cardIds(page);
    expect(after.length).toBeGreaterThan(3);
    expect(after.filter((id) => before.includes(id))).toEqual([]);
  }).toPass();
});

test('a card in the last status is reached from the problems panel, then dragged and the drag undone', async ({
  page,
}) => {
  await openLargeDesign(page);
  const last = flow.statuses.at(-1)!.id;
  await page.getByRole('button', { name: /show problems/i }).click();
  const row = page.locator(`[data-problem-row][data-node-id^="${last}_r"]`).first();
  const id = (await row.getAttribute('data-node-id'))!;
  await row.click();
  const card = page.locator(`.react-flow__node[data-id="${id}"]`);
  await expect(card).toBeInViewport();
  await expect(card).toHaveClass(/selected/);

  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 40, { steps: 6 });
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 80, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await card.boundingBox())!.y).toBeGreaterThan(box.y + 40);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await card.boundingBox())!.y)).toBe(Math.round(box.y));
});
