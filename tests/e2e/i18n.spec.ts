import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { axeViolations, formatViolations, severe } from './support/axe';
import { overflowing } from './support/overflow';
import { startWithEmptyStorage } from './support/storage';
import { transitionsSettled } from './support/transitions';

/*
 * The designer in its users' language (docs/i18n.md): a Russian browser opens it in Russian, the
 * top bar's switch changes it and is remembered, axe stays clean in Russian, and the pseudo-locale
 * (English made 40 % longer) finds no control too narrow for its text at 1280×720.
 */

test.beforeEach(async ({ page }) => {
  await startWithEmptyStorage(page);
});

const topBar = (page: Page) => page.locator('header').first();

async function boardShown(page: Page, lane = 'Shipped') {
  // Generous: the first paint of a production build on a busy test machine.
  await expect(page.getByRole('region', { name: lane, exact: true })).toBeVisible({ timeout: 20_000 });
}

test.describe('a Russian browser', () => {
  test.use({ locale: 'ru-RU' });

  test('opens the designer in Russian, switches to English and keeps English after a reload', async ({
    page,
  }) => {
    await page.goto('/');
    // With nothing saved, a Russian browser starts with the Russian default design.
    await boardShown(page, 'Отгружен');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(topBar(page).getByRole('button', { name: 'Опубликовать', exact: true })).toBeVisible();
    await expect(topBar(page).getByRole('button', { name: 'Экспорт', exact: true })).toBeVisible();
    const palette = page.getByRole('complementary', { name: 'Палитра' });
    await expect(palette.getByRole('button', { name: 'Отправить SMS', exact: true })).toBeVisible();
    await expect(palette.getByRole('group', { name: 'Триггеры' })).toBeVisible();

    await topBar(page).getByRole('combobox', { name: 'Язык' }).selectOption('en');
    await expect(topBar(page).getByRole('button', { name: 'Publish', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page
        .getByRole('complementary', { name: 'Palette' })
        .getByRole('button', { name: 'Send SMS', exact: true }),
    ).toBeVisible();

    await page.reload();
    // The designer now starts in English; the design it made in Russian is the user's data and
    // stays as it was written (docs/i18n.md: a saved design is never translated).
    await boardShown(page, 'Отгружен');
    await expect(topBar(page).getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    await expect(topBar(page).getByRole('button', { name: 'Publish', exact: true })).toBeVisible();
  });

  test('leaves axe nothing serious to report in Russian', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto('/');
    await boardShown(page, 'Отгружен');
    await expect(topBar(page).getByRole('status').filter({ hasText: 'Справочники' })).toBeAttached();
    await topBar(page).getByRole('button', { name: 'Экспорт', exact: true }).click();
    await expect(page.getByRole('menu', { name: 'Экспорт' })).toBeVisible();
    await transitionsSettled(page);
    expect(formatViolations(severe(await axeViolations(page)))).toBe('');
  });
});

test.describe('the simulator in a Russian browser', () => {
  test.use({ locale: 'ru-RU', viewport: { width: 1600, height: 1000 } });

  test('runs a sample with its log in Russian, and axe finds nothing serious on its tabs', async ({
    page,
  }) => {
    await page.goto('/');
    await boardShown(page, 'Отгружен');
    await topBar(page).getByRole('button', { name: 'Симуляция', exact: true }).click();
    const simulator = page.getByRole('complementary', { name: 'Симулятор' });
    await expect(simulator.getByRole('option', { name: 'Оплачен и доставлен' })).toBeVisible();
    await simulator.getByRole('option', { name: 'Оплачен и доставлен' }).click();
    await simulator.getByRole('button', { name: 'Запустить сценарий' }).click();
    const rows = simulator.getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    await expect(simulator).toContainText('Выполнен');
    // Every row of the log speaks Russian: no English words of the engine or the simulator.
    const log = (await rows.allInnerTexts()).join('\n');
    expect(log).not.toMatch(/\b(Done|Skipped|Failed|Status|Trigger|entered|fired|Runs|after|days?)\b/);
    await transitionsSettled(page);
    expect(formatViolations(severe(await axeViolations(page)))).toBe('');

    for (const tab of ['Сценарий', 'Что если', 'Тесты']) {
      await simulator.getByRole('tab', { name: tab }).click();
      await expect(simulator.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await transitionsSettled(page);
      expect(formatViolations(severe(await axeViolations(page))), tab).toBe('');
    }
  });
});

test.describe('the pseudo-locale at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('finds no cut control or overflowing panel in the converted screens', async ({ page }) => {
    await page.goto('/?locale=en-XA');
    await boardShown(page, 'Shipped');
    // Every word of the converted screens is accented and padded: "Publish" → "Püblíšh~~~".
    await expect(topBar(page).getByRole('button', { name: /^Püblíšh~+$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Šéñd ŠMŠ~+$/ })).toBeVisible();
    expect(await overflowing(page)).toEqual([]);

    await topBar(page)
      .getByRole('button', { name: /^Éxpört~+$/ })
      .click();
    await expect(page.getByRole('menu')).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
  });

  test('finds nothing cut in the simulator: its run, its scenario editor and its tests', async ({ page }) => {
    await page.goto('/?locale=en-XA');
    await boardShown(page, 'Shipped');
    await topBar(page)
      .getByRole('button', { name: /^Šímüláté~+$/ })
      .click();
    const simulator = page.getByRole('complementary', { name: /^Šímülátör~+$/ });
    await simulator.getByRole('button', { name: /^Rüñ šçéñáríö~+$/ }).click();
    await expect(simulator.getByRole('listitem').first()).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
    for (const tab of await simulator.getByRole('tab').all()) {
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      expect(await overflowing(page), await tab.innerText()).toEqual([]);
    }
  });
});
