import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { center, dragBetween } from './support/pointer';
import { startWithEmptyStorage } from './support/storage';

/*
 * The designer as a user drives it, in a real browser: drags with the mouse (palette items through
 * @dnd-kit, cards and edges through React Flow), the keyboard alone, undo/redo and a reload.
 */

// Wide enough that the first lanes of the default flow are on screen at a readable zoom.
test.use({ viewport: { width: 2400, height: 1100 } });

test.beforeEach(async ({ page }) => {
  await startWithEmptyStorage(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Accepted, awaiting payment', exact: true })).toBeVisible();
});

const lane = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** The lane's own empty space near its bottom, where nothing else catches the drop. */
async function emptySpotIn(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height - 120 };
}

test('drags a palette item onto a lane: the card appears there, with its summary, highlighted', async ({
  page,
}) => {
  const shipped = lane(page, 'Shipped');
  await expect(shipped.getByText('2 robots · 1 trigger')).toBeVisible();
  await dragBetween(
    page,
    await center(page.getByRole('button', { name: 'Mark order shipped' })),
    await emptySpotIn(shipped),
  );
  const added = page.getByRole('group', { name: /^Mark order shipped, immediately/ });
  await expect(added).toBeVisible();
  await expect(added.getByText('Mark the order as shipped')).toBeVisible();
  await expect(shipped.getByText('3 robots · 1 trigger')).toBeVisible();
  // Selected, so the inspector opens on it.
  await expect(
    page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'Mark order shipped' }),
  ).toBeVisible();

  // A robot with required settings is marked until they are filled.
  await dragBetween(
    page,
    await center(page.getByRole('button', { name: 'Send email' })),
    await emptySpotIn(shipped),
  );
  const email = page.getByRole('group', { name: /^Send email, immediately, not set up$/ });
  await expect(email).toBeVisible();
  await expect(email.getByText('set up', { exact: true })).toBeVisible();
});

test('connects two robots of one status by dragging from handle to handle', async ({ page }) => {
  const from = card(page, 'n_email_new').locator('.react-flow__handle.source');
  const to = card(page, 'n_email_reminder').locator('.react-flow__handle.target');
  await card(page, 'n_email_new').hover();
  await dragBetween(page, await center(from), await center(to));
  await expect(page.locator('[data-id="after:n_email_reminder"]')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
});

test('refuses a connection across statuses and says why', async ({ page }) => {
  const from = card(page, 'n_email_new').locator('.react-flow__handle.source');
  const to = card(page, 'p_allow_delivery').locator('.react-flow__handle.target');
  await card(page, 'n_email_new').hover();
  await dragBetween(page, await center(from), await center(to));
  await expect(page.getByRole('alert')).toContainText(
    'Robots can only run after a robot of the same status.',
  );
  await expect(page.locator('[data-id="after:p_allow_delivery"]')).toHaveCount(0);
});

test('moves a robot to another lane, tells what happened to its links, and undo/redo it', async ({
  page,
}) => {
  const accepted = lane(page, 'Accepted, awaiting payment');
  const paid = lane(page, 'Paid, preparing for shipment');
  await expect(paid.getByText('3 robots · 1 trigger')).toBeVisible();
  // The order-number robot heads a chain (the SMS runs after it).
  await dragBetween(
    page,
    await center(card(page, 'n_code').getByText('Generate order number').first()),
    await emptySpotIn(paid),
  );
  await expect(paid.getByText('4 robots · 1 trigger')).toBeVisible();
  await expect(accepted.getByText('4 robots · 0 triggers')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'moved to “Paid, preparing for shipment”' }),
  ).toBeVisible();
  await expect(page.locator('[data-id="after:n_sms"]')).toHaveCount(0);

  // One undo step brings back the robot, its lane and its link.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(paid.getByText('3 robots · 1 trigger')).toBeVisible();
  await expect(accepted.getByText('5 robots · 0 triggers')).toBeVisible();
  await expect(page.locator('[data-id="after:n_sms"]')).toBeAttached();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(paid.getByText('4 robots · 1 trigger')).toBeVisible();

  // The keyboard shortcuts do the same.
  await page.keyboard.press('Control+z');
  await expect(paid.getByText('3 robots · 1 trigger')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(paid.getByText('4 robots · 1 trigger')).toBeVisible();
});

test('a card dragged into its lane’s free space snaps into a group of its own, also after a reload', async ({
  page,
}) => {
  const sms = card(page, 'n_sms');
  const accepted = lane(page, 'Accepted, awaiting payment');
  await expect(page.locator('[data-id="after:n_sms"]')).toBeAttached();
  const start = await center(sms.getByText('SMS with the order number').first());
  const box = (await accepted.boundingBox())!;
  await dragBetween(page, start, { x: start.x + 10, y: box.y + box.height - 30 });
  // No longer after "Generate order number": it starts when the status is entered, last.
  await expect(page.locator('[data-id="after:n_sms"]')).toHaveCount(0);
  const cancel = (await card(page, 'n_cancel').boundingBox())!;
  await expect.poll(async () => (await sms.boundingBox())!.y).toBeGreaterThan(cancel.y);
  // Snapped to the column, not left where the pointer let go.
  expect(Math.round((await sms.boundingBox())!.x)).toBe(Math.round(cancel.x));
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  const moved = (await sms.boundingBox())!;
  await page.reload();
  await expect(sms).toBeVisible();
  expect(Math.round((await sms.boundingBox())!.y)).toBe(Math.round(moved.y));
});

test('reloads and finds the edited design intact', async ({ page }) => {
  await dragBetween(
    page,
    await center(page.getByRole('button', { name: 'Mark order paid' })),
    await emptySpotIn(lane(page, 'Accepted, awaiting payment')),
  );
  await expect(page.getByRole('group', { name: /^Mark order paid, immediately/ })).toBeVisible();
  await card(page, 'n_cancel').click();
  await page.keyboard.press('Delete');
  await expect(card(page, 'n_cancel')).toHaveCount(0);
  await expect(page.getByText('Saved in this browser')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('group', { name: /^Mark order paid, immediately/ })).toBeVisible();
  await expect(card(page, 'n_cancel')).toHaveCount(0);
  await expect(lane(page, 'Accepted, awaiting payment').getByText('5 robots · 0 triggers')).toBeVisible();
});

test('adds a robot and fills it in with the keyboard alone', async ({ page }) => {
  // Tab from the top of the page to the palette's search box.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if (
      await page
        .getByRole('searchbox', { name: 'Search rules and triggers' })
        .evaluate((el) => el === document.activeElement)
    )
      break;
  }
  await page.keyboard.type('comment');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Add comment' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Nothing was selected, so it went to the first lane, selected and highlighted until configured.
  const added = page.getByRole('group', { name: 'Add comment, immediately, not set up' });
  await expect(added).toBeVisible();
  await expect(lane(page, 'Accepted, awaiting payment').getByText('6 robots · 0 triggers')).toBeVisible();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Add comment' })).toBeVisible();
  // F6 jumps to the canvas (the new card), F6 again to its inspector; Tab on to the comment box.
  await page.keyboard.press('F6');
  await expect(added).toBeFocused();
  await page.keyboard.press('F6');
  const comment = inspector.getByRole('combobox', { name: 'Comment' });
  for (let i = 0; i < 15; i++) {
    if (await comment.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(comment).toBeFocused();
  await page.keyboard.type('Called the client');
  const configured = page.getByRole('group', { name: 'Add comment, immediately' });
  await expect(configured).toBeVisible();
  await expect(configured.getByText('Comment “Called the client”')).toBeVisible();
});

test('deletes a selected edge with the Delete key, as one undo step', async ({ page }) => {
  const edge = page.locator('[data-id="after:n_sms"]');
  await expect(edge).toBeAttached();
  // Click the edge halfway between the two cards it links.
  const above = (await card(page, 'n_code').boundingBox())!;
  const below = (await card(page, 'n_sms').boundingBox())!;
  await page.mouse.click(above.x + above.width / 2, (above.y + above.height + below.y) / 2);
  await page.keyboard.press('Delete');
  await expect(edge).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(edge).toBeAttached();
});

/** The lanes' names, left to right, as they stand on the canvas. */
async function laneOrder(page: Page): Promise<string[]> {
  const headers = page.getByRole('group', { name: /^Status .*, \d+ of \d+$/ });
  const boxes = await headers.evaluateAll((els) =>
    els.map((el) => ({ x: el.getBoundingClientRect().x, name: el.querySelector('h2')?.textContent ?? '' })),
  );
  return boxes.sort((a, b) => a.x - b.x).map((b) => b.name);
}

test('renames a status in its lane header, as one undo step', async ({ page }) => {
  await lane(page, 'Shipped').getByRole('heading', { name: 'Shipped' }).dblclick();
  const box = page.getByRole('textbox', { name: 'Rename status Shipped' });
  await expect(box).toBeFocused();
  await box.fill('Handed to the carrier');
  await page.keyboard.press('Enter');
  await expect(lane(page, 'Handed to the carrier')).toBeVisible();
  await expect(lane(page, 'Shipped')).toHaveCount(0);

  // F2 on the focused header renames too; Escape keeps the name.
  await page.getByRole('group', { name: 'Status Handed to the carrier, 3 of 5' }).focus();
  await page.keyboard.press('F2');
  await page.keyboard.type('Gone');
  await page.keyboard.press('Escape');
  await expect(lane(page, 'Handed to the carrier')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(lane(page, 'Shipped')).toBeVisible();
});

test('reorders statuses from the keyboard (Alt+arrows on a header) and by dragging a header’s grip', async ({
  page,
}) => {
  expect(await laneOrder(page)).toEqual([
    'Accepted, awaiting payment',
    'Paid, preparing for shipment',
    'Shipped',
    'Completed',
    'Canceled',
  ]);
  await page.getByRole('group', { name: 'Status Shipped, 3 of 5' }).focus();
  await page.keyboard.press('Alt+ArrowLeft');
  const moved = page.getByRole('group', { name: 'Status Shipped, 2 of 5' });
  await expect(moved).toBeFocused();
  await expect
    .poll(() => laneOrder(page))
    .toEqual([
      'Accepted, awaiting payment',
      'Shipped',
      'Paid, preparing for shipment',
      'Completed',
      'Canceled',
    ]);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('group', { name: 'Status Shipped, 3 of 5' })).toBeVisible();

  // Drag the "Shipped" header by its grip to the left of "Paid, preparing for shipment".
  const from = await center(lane(page, 'Shipped').getByRole('button', { name: /^Reorder “Shipped”/ }));
  const paid = (await lane(page, 'Paid, preparing for shipment').boundingBox())!;
  await dragBetween(page, from, { x: paid.x + 20, y: from.y });
  await expect
    .poll(() => laneOrder(page))
    .toEqual([
      'Accepted, awaiting payment',
      'Shipped',
      'Paid, preparing for shipment',
      'Completed',
      'Canceled',
    ]);
  // One drag, one undo step.
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => laneOrder(page))
    .toEqual([
      'Accepted, awaiting payment',
      'Paid, preparing for shipment',
      'Shipped',
      'Completed',
      'Canceled',
    ]);
});

test('the inspector’s condition rows fit the panel, also nested and with a date value', async ({ page }) => {
  await card(page, 'n_email_new').click();
  const details = page.locator('[data-pane="details"]');
  await details.getByRole('button', { name: '+ Add condition' }).click();
  await details.getByRole('button', { name: 'Add group to group 1' }).click();
  await details
    .getByRole('combobox', { name: 'Field of condition 1.3.1' })
    .selectOption({ label: 'Created on' });
  await expect(details.getByLabel('Value of condition 1.3.1 (UTC)')).toBeVisible();
  // Nothing sticks out past the panel's right edge (the value box wraps under the operator).
  const overflow = await details.evaluate((pane) => {
    const right = pane.getBoundingClientRect().right;
    return [...pane.querySelectorAll('select, input')].filter(
      (el) => el.getBoundingClientRect().right > right + 0.5,
    ).length;
  });
  expect(overflow).toBe(0);
});
