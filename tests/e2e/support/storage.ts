import type { Page } from '@playwright/test';

/**
 * Each test starts with empty browser storage (a reused server origin keeps localStorage between
 * tests); reloads within the test keep what the designer saved, which is what they check.
 */
export async function startWithEmptyStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('of-e2e')) {
      localStorage.clear();
      sessionStorage.setItem('of-e2e', '1');
    }
  });
}
