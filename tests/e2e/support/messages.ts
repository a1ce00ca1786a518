import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * Dismisses the messages shown when the designer opens (with the mocked backend: "this is a demo
 * server…"). The message strip takes the board's height while it shows, so tests that measure the
 * board or drop near its bottom start from the settled page a user has after reading it.
 */
export async function dismissOpeningMessages(page: Page): Promise<void> {
  const strip = page.getByRole('list', { name: 'Messages' });
  await expect(strip.getByText(/demo server/)).toBeVisible();
  while ((await strip.getByRole('button', { name: 'Dismiss message' }).count()) > 0)
    await strip.getByRole('button', { name: 'Dismiss message' }).first().click();
  await expect(strip).toHaveCount(0);
}
