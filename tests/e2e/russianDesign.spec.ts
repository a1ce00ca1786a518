import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startWithEmptyStorage } from './support/storage';

/*
 * A designer that starts in Russian opens the Russian default design (docs/i18n.md): Russian status
 * and robot names on the board. Switching the language changes the screens, never the open design.
 */

test.use({ locale: 'ru-RU' });

test.beforeEach(async ({ page }) => {
  await startWithEmptyStorage(page);
});

const topBar = (page: Page) => page.locator('header').first();
const cardsText = async (page: Page) => (await page.locator('.react-flow__node').allInnerTexts()).join('\n');

test('a Russian browser opens the Russian design, and English keeps it', async ({ page }) => {
  await page.goto('/');
  // Generous: the first paint of a production build on a busy test machine.
  await expect(page.getByRole('region', { name: 'Принят, ожидает оплаты', exact: true })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('region', { name: 'Отгружен', exact: true })).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(await cardsText(page)).toContain('Напоминание об оплате');

  await topBar(page).getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await expect(topBar(page).getByRole('button', { name: 'Publish', exact: true })).toBeVisible();
  // The screens speak English; the design is the user's data and stays Russian.
  await expect(page.getByRole('region', { name: 'Принят, ожидает оплаты', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Accepted, awaiting payment', exact: true })).toHaveCount(0);
  expect(await cardsText(page)).toContain('Напоминание об оплате');
});
