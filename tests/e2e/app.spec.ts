import { expect, test } from '@playwright/test';
import { robotDefinition, triggerDefinition } from '../../src/domain/catalog';
import { DEFAULT_FLOW } from '../../src/domain/samples/defaultFlow';
import { startWithEmptyStorage } from './support/storage';

/** The embedded default flow (docs/semantics.md §8) as a user finds it on the canvas, by accessible name. */
const STATUSES = [
  'Accepted, awaiting payment',
  'Paid, preparing for shipment',
  'Shipped',
  'Completed',
  'Canceled',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A card's accessible name starts with what the user called it (its name, else the catalog title):
 * "Payment reminder — Send email, after 3 days", "Payment — Trigger".
 */
const startsWith = (text: string) => new RegExp(`^${escape(text)}( — |, )`);
const ROBOTS = DEFAULT_FLOW.robots.map((r) => r.name ?? robotDefinition(r.type).title);
const TRIGGERS_FROM_FLOW = DEFAULT_FLOW.triggers.map((t) => t.name ?? triggerDefinition(t.type).title);

// docs/semantics.md §8 by hand as well, so a change to the sample that loses one of these fails here.
const TRIGGERS = [
  'Payment — Trigger',
  'Shipment — Trigger',
  'Delivered — Trigger',
  'Order canceled — Trigger',
];

test.beforeEach(async ({ page }) => {
  await startWithEmptyStorage(page);
});

test('shows the five default statuses with their robots and triggers', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Orderflow');
  await expect(page.getByRole('heading', { level: 1, name: 'Online store — default' })).toBeVisible();
  for (const status of STATUSES) {
    await expect(page.getByRole('region', { name: status, exact: true })).toBeVisible();
  }
  await expect(
    page.getByRole('group', { name: 'Payment reminder — Send email, after 3 days', exact: true }),
  ).toBeAttached();
  for (const trigger of TRIGGERS) {
    await expect(page.getByRole('group', { name: trigger, exact: true })).toBeAttached();
  }
  for (const robot of ROBOTS) {
    await expect(page.getByRole('group', { name: startsWith(robot) }).first()).toBeAttached();
  }
  for (const trigger of TRIGGERS_FROM_FLOW) {
    await expect(page.getByRole('group', { name: startsWith(trigger) }).first()).toBeAttached();
  }
  // The mocked backend answered through the service worker.
  await expect(page.getByRole('status').filter({ hasText: 'Reference data: 4 employees' })).toBeVisible();
});

test('remembers the viewport across a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();
  const viewport = page.locator('.react-flow__viewport');
  const initial = await viewport.getAttribute('style');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  // Wait for the zoom animation to end: the transform changes and then holds still.
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(initial);
  let before = '';
  await expect
    .poll(async () => {
      const now = (await viewport.getAttribute('style')) ?? '';
      const settled = now === before;
      before = now;
      return settled;
    })
    .toBe(true);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();
  expect(await viewport.getAttribute('style')).toBe(before);
});

test('loads without console errors and switches to dark mode', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Completed', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: 'Switch to light mode' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('dark.png') });
  expect(errors).toEqual([]);
});

for (const width of [1024, 1280, 1440]) {
  test(`the top bar fits a ${width}-pixel window: every control is on screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const bar = page.getByRole('banner').first();
    // The server revision arrives after the first paint; it must not push anything off the bar.
    await expect(bar.getByRole('status', { name: /^Server:/ })).toBeVisible();
    // Below 1280 px, Flows and Import are in the "More" menu (tests/e2e/board-panels.spec.ts).
    const folded = width < 1280 ? ['More'] : ['Flows', 'Import'];
    for (const name of [
      'Simulate',
      ...folded,
      'Export',
      'Save',
      'Publish',
      'Revert',
      'Switch to dark mode',
    ]) {
      const box = await bar.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x + box!.width, `${name} ends inside the window`).toBeLessThanOrEqual(width);
    }
    expect(await bar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });
}
