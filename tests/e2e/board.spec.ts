import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { center, dragBetween } from './support/pointer';
import { dismissOpeningMessages } from './support/messages';
import { startWithEmptyStorage } from './support/storage';

/*
 * The board as a store manager meets it: the default design readable at a glance on common
 * screens, and every gesture landing where it was meant — in a real browser, with real drags.
 */

const lane = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const STATUSES = [
  'Accepted, awaiting payment',
  'Paid, preparing for shipment',
  'Shipped',
  'Completed',
  'Canceled',
];

async function open(page: Page) {
  await startWithEmptyStorage(page);
  await page.goto('/');
  await expect(lane(page, STATUSES[0]!)).toBeVisible();
  await dismissOpeningMessages(page);
}

/** The board's zoom and pan, read from React Flow's viewport transform. */
const viewport = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });

/**
 * Every name on the board (status, robot, trigger), each with whether it is inside the window and
 * uncovered (the topmost element at its middle is the name itself), its size on screen, and its
 * horizontal middle (cards are not inside their lane's element, so lanes are told apart by place).
 */
async function boardNames(page: Page) {
  return page.locator('.react-flow [data-name]').evaluateAll((elements) =>
    elements.map((el) => {
      const r = el.getBoundingClientRect();
      const zoom = new DOMMatrixReadOnly(
        getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
      ).a;
      const inWindow = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return {
        text: el.textContent ?? '',
        middle: r.left + r.width / 2,
        inWindow,
        uncovered: top !== null && (top === el || el.contains(top)),
        size: parseFloat(getComputedStyle(el).fontSize) * zoom,
      };
    }),
  );
}

/** The statuses whose every name (its own, its robots', its triggers') is on screen and legible. */
async function readableStatuses(page: Page) {
  const names = await boardNames(page);
  const readable: string[] = [];
  for (const status of STATUSES) {
    const box = await lane(page, status).boundingBox();
    if (!box) continue;
    const own = names.filter((n) => n.middle >= box.x && n.middle <= box.x + box.width);
    if (own.length > 1 && own.every((n) => n.inWindow && n.uncovered && n.size >= 11)) readable.push(status);
  }
  return readable;
}

test('at 1440×900 the default design shows every status, robot and trigger by name, legibly', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page);
  // 5 statuses, 14 robots, 4 triggers: every one of their names is read without touching anything.
  const all = await boardNames(page);
  expect(all).toHaveLength(5 + 14 + 4);
  for (const name of all) expect(name, name.text).toMatchObject({ inWindow: true, uncovered: true });
  for (const name of all) expect(name.size, name.text).toBeGreaterThanOrEqual(11);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
});

test('at 1280×720 at least four of the five statuses are whole and legible', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page);
  expect((await readableStatuses(page)).length).toBeGreaterThanOrEqual(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test.describe('gestures', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test.beforeEach(async ({ page }) => open(page));

  test('a palette robot dropped onto a card runs right after it; the new card is selected and in view', async ({
    page,
  }) => {
    await dragBetween(
      page,
      await center(page.getByRole('button', { name: 'Send SMS', exact: true })),
      await center(card(page, 'p_allow_delivery')),
    );
    const added = page.getByRole('group', { name: /^Send SMS, immediately/ });
    await expect(added).toBeVisible();
    await expect(added).toBeInViewport();
    const id = await added.getAttribute('data-id');
    // The new card runs after "Allow delivery" and nothing else moved.
    await expect(page.locator(`[data-id="after:${id}"]`)).toHaveAttribute(
      'aria-label',
      /runs after Allow delivery/,
    );
    await expect(lane(page, STATUSES[1]!).getByText('4 robots · 1 trigger')).toBeVisible();
    await expect(added).toHaveClass(/selected/);
    // Right under the card it was dropped on.
    const above = (await card(page, 'p_allow_delivery').boundingBox())!;
    const box = (await added.boundingBox())!;
    expect(box.y).toBeGreaterThan(above.y + above.height);
    expect(box.y - (above.y + above.height)).toBeLessThan(40);
  });

  test('a palette robot dropped in the free space of a lane starts in parallel', async ({ page }) => {
    const completed = lane(page, 'Completed');
    const box = (await completed.boundingBox())!;
    // How far the palette's list is scrolled (its scroll box is the first that scrolls).
    const paletteScroll = () =>
      page
        .getByRole('complementary', { name: 'Palette' })
        .evaluate(
          (palette) =>
            [...palette.querySelectorAll('*')].find((el) => getComputedStyle(el).overflowY === 'auto')
              ?.scrollTop,
        );
    const scrolledBefore = await paletteScroll();
    await dragBetween(
      page,
      await center(page.getByRole('button', { name: 'Mark order paid', exact: true })),
      { x: box.x + box.width / 2, y: box.y + box.height - 40 },
    );
    // The pointer crossed the lower board: the palette stayed where it was.
    expect(await paletteScroll()).toBe(scrolledBefore);
    const added = page.getByRole('group', { name: /^Mark order paid, immediately/ });
    await expect(added).toBeVisible();
    const id = await added.getAttribute('data-id');
    await expect(page.locator(`[data-id="after:${id}"]`)).toHaveCount(0);
    await expect(completed.getByText('When the status is entered')).toHaveCount(3);
  });

  test('a palette item dropped outside every status says so and adds nothing', async ({ page }) => {
    await dragBetween(
      page,
      await center(page.getByRole('button', { name: 'Send SMS', exact: true })),
      await center(page.getByRole('button', { name: 'Send email', exact: true })),
    );
    await expect(page.getByText(/Drop it on a status/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('dragging a card onto another card of its lane reorders the chain, as one undo step', async ({
    page,
  }) => {
    await dragBetween(
      page,
      await center(card(page, 'n_cancel').locator('[data-name]')),
      await center(card(page, 'n_code')),
    );
    // Generate number → Cancel if not paid → SMS with the number: the rest kept its order.
    await expect(page.locator('[data-id="after:n_cancel"]')).toHaveAttribute(
      'aria-label',
      /runs after Generate order number/,
    );
    await expect(page.locator('[data-id="after:n_sms"]')).toHaveAttribute(
      'aria-label',
      /runs after Cancel if not paid/,
    );
    const code = (await card(page, 'n_code').boundingBox())!;
    const cancel = (await card(page, 'n_cancel').boundingBox())!;
    expect(cancel.y).toBeGreaterThan(code.y);
    expect(cancel.x).toBeCloseTo(code.x, 0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('[data-id="after:n_cancel"]')).toHaveCount(0);
    await expect(page.locator('[data-id="after:n_sms"]')).toHaveAttribute(
      'aria-label',
      /runs after Generate order number/,
    );
  });

  test('a connection let go on the body of a card connects', async ({ page }) => {
    await card(page, 'n_email_new').hover();
    await dragBetween(
      page,
      await center(card(page, 'n_email_new').locator('.react-flow__handle.source')),
      await center(card(page, 'n_email_reminder').locator('[data-name]')),
    );
    await expect(page.locator('[data-id="after:n_email_reminder"]')).toHaveAttribute(
      'aria-label',
      /runs after New order email/,
    );
  });

  test('the wheel scrolls, Shift+wheel scrolls sideways, Ctrl+wheel zooms', async ({ page }) => {
    const pane = await center(page.locator('.react-flow__pane'));
    await page.mouse.move(pane.x, pane.y);
    const start = await viewport(page);
    await page.mouse.wheel(0, 200);
    await expect.poll(async () => (await viewport(page)).y).toBeLessThan(start.y - 50);
    expect((await viewport(page)).zoom).toBeCloseTo(start.zoom, 5);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 200);
    await page.keyboard.up('Shift');
    await expect.poll(async () => (await viewport(page)).x).toBeLessThan(start.x - 50);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(start.zoom * 1.1);
  });

  test('the header grip reorders statuses; a drag elsewhere on the header pans instead', async ({ page }) => {
    const shipped = lane(page, 'Shipped');
    const header = shipped.getByText('2 robots · 1 trigger');
    const before = await viewport(page);
    const from = await center(header);
    await dragBetween(page, from, { x: from.x - 300, y: from.y + 40 });
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await expect.poll(async () => (await viewport(page)).x).toBeLessThan(before.x - 100);

    const grip = shipped.getByRole('button', { name: /^Reorder “Shipped”/ });
    const paid = (await lane(page, STATUSES[1]!).boundingBox())!;
    await dragBetween(page, await center(grip), { x: paid.x + 20, y: paid.y + 30 });
    const order = await page.locator('.react-flow__node-lane h2[data-name]').evaluateAll((els) =>
      els
        .map((el) => ({ text: el.textContent, x: el.getBoundingClientRect().x }))
        .sort((a, b) => a.x - b.x)
        .map((e) => e.text),
    );
    expect(order.slice(0, 3)).toEqual([STATUSES[0], 'Shipped', STATUSES[1]]);
  });

  test('+ Add robot at the end of a lane opens a searchable catalog; Enter adds at the end of that status', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Add robot to “Shipped”' }).click();
    const picker = page.getByRole('dialog', { name: /Shipped/ });
    await expect(picker).toBeVisible();
    await page.keyboard.type('robocall');
    await page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
    const added = page.locator('.react-flow__node-robot.selected');
    await expect(added).toHaveAttribute('aria-label', /^Robocall, immediately, not set up/);
    await expect(added).toBeInViewport();
    // Its delay and its "set up" marker stay inside the card (a longer marker's words would give way)…
    const box = (await added.boundingBox())!;
    const rightmost = await added
      .locator('span:not(.sr-only)')
      .evaluateAll((spans) => Math.max(...spans.map((s) => s.getBoundingClientRect().right)));
    expect(rightmost).toBeLessThanOrEqual(box.x + box.width);
    // …and beside "immediately" it is read whole, not cut short.
    const marker = added.getByText('set up', { exact: true });
    expect(await marker.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expect(lane(page, 'Shipped').getByText('3 robots · 1 trigger')).toBeVisible();
    // At the end: below the lane's last card, as a group of its own.
    const last = (await card(page, 's_robocall').boundingBox())!;
    expect((await added.boundingBox())!.y).toBeGreaterThan(last.y + last.height);
  });

  test('a card selected in the last status stays in view when the inspector opens beside the board', async ({
    page,
  }) => {
    const canvas = page.locator('main[data-pane="canvas"]');
    const wide = (await canvas.boundingBox())!.width;
    await card(page, 'd_notify').click();
    await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
    await expect.poll(async () => (await canvas.boundingBox())!.width).toBeLessThan(wide - 200);
    await expect(card(page, 'd_notify')).toBeInViewport({ ratio: 0.99 });
    const board = (await canvas.boundingBox())!;
    await expect
      .poll(async () => {
        const box = (await card(page, 'd_notify').boundingBox())!;
        return box.x + box.width <= board.x + board.width;
      })
      .toBe(true);
  });

  test('the map jumps where it is clicked', async ({ page }) => {
    await page.getByRole('button', { name: 'Show map' }).click();
    const map = page.getByRole('img', { name: 'Minimap of the flow' });
    const box = (await map.boundingBox())!;
    const before = await viewport(page);
    await page.mouse.click(box.x + box.width - 4, box.y + box.height - 4);
    await expect.poll(async () => (await viewport(page)).x).not.toBeCloseTo(before.x, 0);
  });
});
