import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, formatViolations, severe } from './support/axe';
import { dismissOpeningMessages } from './support/messages';
import { startWithEmptyStorage } from './support/storage';

/*
 * Room for the board, in a real browser: the inspector takes width only while something is selected,
 * the palette folds to a rail, the "Add to status" picker works from the keyboard, messages never
 * cover the board, and the top bar fits from 1024 px. Widths are measured, not assumed.
 */

test.beforeEach(async ({ page }) => {
  await startWithEmptyStorage(page);
});

const FIRST = 'Accepted, awaiting payment';
const lane = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const canvas = (page: Page) => page.locator('main[data-pane="canvas"]');
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const palette = (page: Page) => page.getByRole('complementary', { name: 'Palette' });

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function open(page: Page) {
  await page.goto('/');
  await expect(lane(page, FIRST)).toBeVisible();
  await dismissOpeningMessages(page);
}

/** How many robots a lane's header counts ("5 robots · 0 triggers"). */
async function robotsIn(page: Page, name: string): Promise<number> {
  const text =
    (await lane(page, name)
      .getByText(/\d+ robots? · \d+ triggers?/)
      .first()
      .textContent()) ?? '';
  return Number(text.match(/^(\d+)/)?.[1]);
}

test('the inspector opens on a selection and takes no width without one (Esc, Close)', async ({ page }) => {
  await open(page);
  await expect(page.locator('[data-pane="details"]')).toHaveCount(0);
  const fullWidth = (await boxOf(canvas(page))).width;

  await card(page, 'n_email_reminder').click();
  await expect(inspector(page).getByRole('heading', { name: 'Payment reminder' })).toBeVisible();
  const withInspector = (await boxOf(canvas(page))).width;
  const dock = await boxOf(page.locator('[data-pane="details"]'));
  expect(withInspector).toBeLessThan(fullWidth - 300);
  expect(Math.abs(fullWidth - withInspector - dock.width)).toBeLessThanOrEqual(1);

  // Esc with the focus on the card: closed, the selection cleared, the width back to the board.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-pane="details"]')).toHaveCount(0);
  await expect(card(page, 'n_email_reminder')).not.toHaveClass(/selected/);
  expect((await boxOf(canvas(page))).width).toBe(fullWidth);

  await card(page, 'n_email_reminder').click();
  await page.getByRole('button', { name: 'Close the inspector' }).click();
  await expect(page.locator('[data-pane="details"]')).toHaveCount(0);
  expect((await boxOf(canvas(page))).width).toBe(fullWidth);

  // Pinned, it stays with its empty state, across a reload.
  await card(page, 'n_email_reminder').click();
  await page.getByRole('button', { name: 'Keep open' }).click();
  await page.keyboard.press('Escape');
  await expect(inspector(page).getByText('Nothing selected')).toBeVisible();
  await page.reload();
  await expect(inspector(page).getByText('Nothing selected')).toBeVisible();
});

test('a card clicked near the board’s right edge stays in view when the inspector opens', async ({
  page,
}) => {
  await open(page);
  const board = await boxOf(canvas(page));
  // The card of the default design that ends furthest right while still wholly on the board.
  let rightmost: { id: string; right: number } | null = null;
  for (const node of await page.locator('.react-flow__node[data-id^="n_"]').all()) {
    const box = await node.boundingBox();
    if (!box || box.x < board.x || box.x + box.width > board.x + board.width) continue;
    if (box.y < board.y || box.y + box.height > board.y + board.height) continue;
    const id = (await node.getAttribute('data-id'))!;
    if (!rightmost || box.x + box.width > rightmost.right) rightmost = { id, right: box.x + box.width };
  }
  expect(rightmost, 'a card on the board').not.toBeNull();
  await card(page, rightmost!.id).click();
  await expect(page.locator('[data-pane="details"]')).toBeVisible();
  await expect
    .poll(async () => {
      const c = await boxOf(card(page, rightmost!.id));
      const b = await boxOf(canvas(page));
      return c.x >= b.x && c.x + c.width <= b.x + b.width;
    })
    .toBe(true);
});

test('the palette folds to a rail that adds on click and by dragging', async ({ page }) => {
  await open(page);
  const before = (await boxOf(canvas(page))).width;
  await page.getByRole('button', { name: 'Collapse the palette' }).click();
  await expect(page.getByRole('button', { name: 'Expand the palette' })).toBeFocused();
  const rail = await boxOf(palette(page));
  expect(rail.width).toBeLessThanOrEqual(56);
  expect((await boxOf(canvas(page))).width).toBeGreaterThan(before + 180);

  // Click: to the lane of the selected card, which the new card then is.
  const robots = await robotsIn(page, FIRST);
  await card(page, 'n_email_reminder').click();
  await palette(page).getByRole('button', { name: 'Send SMS', exact: true }).click();
  await expect.poll(() => robotsIn(page, FIRST)).toBe(robots + 1);
  await expect(inspector(page).getByRole('heading', { name: 'Send SMS' })).toBeVisible();

  // Drag: onto the lane under the pointer, as from the full palette.
  await page.getByRole('button', { name: 'Close the inspector' }).click();
  const board = await boxOf(canvas(page));
  const target = await boxOf(lane(page, FIRST));
  const to = {
    x: Math.max(target.x, board.x) + 40,
    y: Math.min(target.y + target.height, board.y + board.height) - 60,
  };
  const from = await boxOf(palette(page).getByRole('button', { name: 'Write to log', exact: true }));
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 30, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.mouse.up();
  await expect.poll(() => robotsIn(page, FIRST)).toBe(robots + 2);
  await expect(inspector(page).getByRole('heading', { name: 'Write to log' })).toBeVisible();

  // Remembered by the browser.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Expand the palette' })).toBeVisible();
});

test('the "Add to status" picker adds from the keyboard; the new card is selected and in view', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('group', { name: new RegExp(`^Status ${FIRST}`) }).click();
  const robots = await robotsIn(page, FIRST);
  await page.getByRole('button', { name: 'Add robot or trigger' }).click();
  const dialog = page.getByRole('dialog', { name: `Add to “${FIRST}”` });
  await expect(dialog.getByRole('combobox', { name: 'Search rules and triggers' })).toBeFocused();
  await page.keyboard.type('robocall');
  await expect(dialog.getByRole('option', { name: 'Robocall', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => robotsIn(page, FIRST)).toBe(robots + 1);
  await expect(inspector(page).getByRole('heading', { name: 'Robocall' })).toBeVisible();
  const added = page.locator('.react-flow__node.selected');
  await expect(added).toHaveCount(1);
  // Brought into view: inside the board's box.
  await expect
    .poll(async () => {
      const a = await boxOf(added);
      const b = await boxOf(canvas(page));
      return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
    })
    .toBe(true);

  // Esc closes without adding.
  await page.getByRole('group', { name: new RegExp(`^Status ${FIRST}`) }).click();
  await page.getByRole('button', { name: 'Add robot or trigger' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await robotsIn(page, FIRST)).toBe(robots + 1);
});

test('the board does not jump while the page finishes loading: only messages take its height', async ({
  page,
}) => {
  await page.goto('/');
  await expect(lane(page, FIRST)).toBeVisible();
  // From the first lanes until the lazily loaded parts have arrived (dragging, the inspector, …):
  // the board's height plus the messages strip's stays the window's height under the top bar.
  const sums = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const sample = () => {
          const board = document.querySelector('main[data-pane="canvas"]')!.getBoundingClientRect();
          const strip = document.querySelector('ol[aria-label="Messages"]')?.getBoundingClientRect();
          seen.push(Math.round(board.height + (strip?.height ?? 0)));
          if (seen.length < 30) setTimeout(sample, 100);
          else resolve(seen);
        };
        sample();
      }),
  );
  expect(new Set(sums).size, `board + messages heights: ${sums.join(', ')}`).toBe(1);
});

test('messages sit beside the board, never over it', async ({ page }) => {
  await open(page);
  const boardBefore = await boxOf(canvas(page));
  // A card of the first status moved "left": refused, with a message.
  await card(page, 'n_email_reminder').click();
  await page.keyboard.press('Alt+ArrowLeft');
  const message = page.getByRole('alert').filter({ hasText: 'Already in the first status.' });
  await expect(message).toBeVisible();
  const strip = await boxOf(page.getByRole('list', { name: 'Messages' }));
  const board = await boxOf(canvas(page));
  expect(overlaps(strip, board)).toBe(false);
  // The board keeps its top edge: only its bottom gives way to the strip.
  expect(board.y).toBe(boardBefore.y);
  await message.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(page.getByRole('list', { name: 'Messages' })).toHaveCount(0);
  expect((await boxOf(canvas(page))).height).toBe(boardBefore.height);
});

test('the top bar fits 1024 pixels with problems counted and their panel open', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page);
  for (const name of ['Send SMS', 'Robocall', 'Create a task']) {
    await palette(page).getByRole('button', { name, exact: true }).click();
  }
  const bar = page.getByRole('banner').first();
  const counts = bar.getByRole('button', { name: /^\d+ errors?/ });
  await expect(counts).toBeVisible();
  await counts.click();
  await expect(page.locator('[data-pane="problems"]')).toBeVisible();
  await expect(bar.getByRole('status', { name: /^Server:/ })).toBeVisible();
  for (const button of await bar.getByRole('button').all()) {
    if (!(await button.isVisible())) continue;
    const box = await boxOf(button);
    const name = (await button.getAttribute('aria-label')) ?? (await button.innerText());
    expect(box.x, `${name} starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name} ends inside the window`).toBeLessThanOrEqual(1024);
  }
  expect(await bar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  // What folded away is in "More".
  await bar.getByRole('button', { name: 'More' }).click();
  const menu = page.getByRole('menu', { name: 'More' });
  for (const item of ['Flows', 'Show the JSON', 'Import']) {
    await expect(menu.getByRole('menuitem', { name: item })).toBeVisible();
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`the rail, the dock, a message, the More menu and the picker pass axe (${theme} theme)`, async ({
    page,
  }) => {
    const expectNoSevereViolations = async () => {
      // Colour transitions (hover, selection) must have finished, or axe measures a colour in between.
      await page.waitForTimeout(300);
      expect(formatViolations(severe(await axeViolations(page)))).toBe('');
    };
    await page.setViewportSize({ width: 1024, height: 768 });
    await open(page);
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.getByRole('button', { name: 'Collapse the palette' }).click();
    await card(page, 'n_email_reminder').click();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(page.getByRole('alert').filter({ hasText: 'Already in the first status.' })).toBeVisible();
    await page.getByRole('button', { name: 'Keep open' }).click();
    await expectNoSevereViolations();

    await page.getByRole('banner').first().getByRole('button', { name: 'More' }).click();
    await expect(page.getByRole('menu', { name: 'More' })).toBeVisible();
    await expectNoSevereViolations();
    await page.keyboard.press('Escape');

    await page.getByRole('group', { name: new RegExp(`^Status ${FIRST}`) }).click();
    await page.getByRole('button', { name: 'Add robot or trigger' }).click();
    await page.keyboard.type('email');
    await expect(page.getByRole('dialog', { name: `Add to “${FIRST}”` })).toBeVisible();
    await expectNoSevereViolations();
  });
}
