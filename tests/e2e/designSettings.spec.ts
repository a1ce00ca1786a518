import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { dismissOpeningMessages } from './support/messages';
import { startWithEmptyStorage } from './support/storage';

/* The design's settings and the talking undo, in a real browser: zone → simulator log; undo → message, kept across a reload. */

async function openDesigner(page: Page) {
  await startWithEmptyStorage(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();
  await dismissOpeningMessages(page);
}

async function openSettings(page: Page) {
  await page.getByRole('heading', { level: 1 }).getByRole('button').click();
  const dialog = page.getByRole('dialog', { name: 'Design settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a time zone chosen in the design settings is the one the simulator log names', async ({ page }) => {
  await openDesigner(page);
  const dialog = await openSettings(page);
  await dialog.getByRole('searchbox', { name: 'Find a time zone' }).fill('tokyo');
  await dialog.getByRole('listbox', { name: 'Time zone' }).selectOption('Asia/Tokyo');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Simulate' }).click();
  const simulator = page.getByRole('complementary', { name: 'Simulator' });
  await simulator.getByRole('button', { name: 'Run scenario' }).click();
  await expect(simulator.getByText(/^Times are in the design's time zone/)).toHaveText(
    "Times are in the design's time zone, Asia/Tokyo (UTC+09:00).",
  );
});

test('the time zone list opens at the design’s zone, not at the top of the list', async ({ page }) => {
  await openDesigner(page);
  const dialog = await openSettings(page);
  const list = dialog.getByRole('listbox', { name: 'Time zone' });
  await expect(list).toHaveValue('America/Los_Angeles');
  // The chosen row lies inside the part of the list that is scrolled into view.
  const inView = await list.evaluate((select: HTMLSelectElement) => {
    const row = select.scrollHeight / select.options.length;
    const top = select.selectedIndex * row;
    return (
      select.scrollTop > 0 &&
      top >= select.scrollTop &&
      top + row <= select.scrollTop + select.clientHeight + 1
    );
  });
  expect(inView).toBe(true);
});

test('undo says what it undid, and the step is still there after a reload', async ({ page }) => {
  await openDesigner(page);
  const dialog = await openSettings(page);
  const name = dialog.getByRole('textbox', { name: 'Design name' });
  await name.fill('Summer shop');
  await name.press('Enter');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summer shop');

  await page.getByRole('button', { name: 'Undo rename the design to Summer shop' }).click();
  await expect(page.getByRole('list', { name: 'Messages' })).toContainText(
    'Undone: rename the design to Summer shop',
  );
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Summer shop');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Redo rename the design to Summer shop' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summer shop');
});
