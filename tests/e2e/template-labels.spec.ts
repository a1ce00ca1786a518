import { expect, test } from '@playwright/test';
import { dismissOpeningMessages } from './support/messages';
import { startWithEmptyStorage } from './support/storage';

/*
 * Template texts on the board read as fields: a manager sees "Order number", never
 * `{{order.accountNumber}}`.
 */

test('the default design’s board shows field labels, no {{template paths}}', async ({ page }) => {
  await startWithEmptyStorage(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Accepted, awaiting payment', exact: true })).toBeVisible();
  await dismissOpeningMessages(page);
  const board = page.locator('.react-flow');
  // Cards that quote a text show its inserts as highlighted labels.
  await expect(board.locator('[data-insert]').filter({ hasText: 'Order number' }).first()).toBeVisible();
  expect(await board.innerText()).not.toContain('{{');
  // Their full text on hover reads the same way.
  const titles = await board.locator('[title]').evaluateAll((els) => els.map((e) => e.getAttribute('title')));
  expect(titles.filter((t) => t?.includes('{{'))).toEqual([]);
});
