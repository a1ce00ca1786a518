import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * Waits until no CSS transition runs in the page (colours, focus rings), so computed styles are the
 * final ones: a wait on the page's state instead of a fixed pause that is too short on a busy
 * machine and wasted time on a quiet one.
 */
export async function transitionsSettled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => document.getAnimations().filter((a) => a instanceof CSSTransition).length),
    )
    .toBe(0);
}
