import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { startWithEmptyStorage } from './support/storage';
import { transitionsSettled } from './support/transitions';

/*
 * The designer with the keyboard alone, after the page has loaded: no clicks, no locator.fill —
 * every step is a key press a user could make. Then: every kind of control shows where the focus
 * is, in both themes.
 */

test.use({ viewport: { width: 2000, height: 1000 } });

test.beforeEach(async ({ page }) => {
  await startWithEmptyStorage(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Paid, preparing for shipment', exact: true })).toBeVisible({
    timeout: 20_000,
  });
});

const lane = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails if it never comes. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Presses ArrowDown on a focused select until it shows `label` (Chromium changes it in place). */
async function chooseWithArrows(page: Page, select: Locator, label: string) {
  for (let i = 0; i < 20; i++) {
    const shown = await select.evaluate((el) => {
      const s = el as HTMLSelectElement;
      return s.options[s.selectedIndex]?.text ?? '';
    });
    if (shown === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the select never showed “${label}”`);
}

test('adds, configures, connects, moves, deletes a robot and undoes, with the keyboard alone', async ({
  page,
}) => {
  // F6 to the canvas, then the arrows to a card of "Paid, preparing for shipment" (its ids start p_).
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.react-flow__node:focus')).toHaveAttribute('data-id', /^p_/);

  // Shift+F6 back to the palette's search; the new robot goes to the lane of the selected card.
  await page.keyboard.press('Shift+F6');
  await expect(page.getByRole('searchbox', { name: 'Search rules and triggers' })).toBeFocused();
  await page.keyboard.type('comment');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Add comment' })).toBeFocused();
  await page.keyboard.press('Enter');
  const paid = lane(page, 'Paid, preparing for shipment');
  await expect(paid.getByText('4 robots · 1 trigger')).toBeVisible();
  const added = page.getByRole('group', { name: 'Add comment, immediately, not set up' });
  await expect(added).toBeVisible();
  await expect(inspector(page).getByRole('heading', { name: 'Add comment' })).toBeVisible();

  // Its required setting: F6 to the card, F6 into its inspector, Tab on to the comment.
  await page.keyboard.press('F6');
  await expect(added).toBeFocused();
  await page.keyboard.press('F6');
  await tabTo(page, inspector(page).getByRole('combobox', { name: 'Comment' }));
  await page.keyboard.type('Packed and ready');
  const configured = page.getByRole('group', { name: 'Add comment, immediately' });
  await expect(configured).toBeVisible();

  // "After previous": back to Execution and pick the robot it should follow.
  const execution = inspector(page).getByRole('combobox', { name: 'Execution' });
  await tabTo(page, execution, 'Shift+Tab');
  await chooseWithArrows(page, execution, 'After “Allow delivery”');
  await expect(execution).toHaveValue('p_allow_delivery');
  // The canvas draws the link: an edge into the new card.
  const edge = page.locator(`.react-flow__edge[data-id="after:${await configured.getAttribute('data-id')}"]`);
  await expect(edge).toBeAttached();

  // Move it to the next status: Alt+→ on the card (F6 back to the canvas lands on it).
  await page.keyboard.press('Shift+F6');
  await expect(configured).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  const shipped = lane(page, 'Shipped');
  await expect(shipped.getByText('3 robots · 1 trigger')).toBeVisible();
  await expect(paid.getByText('3 robots · 1 trigger')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: '“Add comment” moved to “Shipped”.' }),
  ).toBeVisible();
  // Its link could not cross statuses.
  await expect(edge).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Add comment, immediately' })).toBeFocused();

  // And on to "Completed" with the inspector's "In status" select.
  await page.keyboard.press('F6');
  const inStatus = inspector(page).getByRole('combobox', { name: 'In status' });
  await tabTo(page, inStatus);
  await chooseWithArrows(page, inStatus, 'Completed');
  await expect(lane(page, 'Completed').getByText('3 robots · 1 trigger')).toBeVisible();
  await expect(shipped.getByText('2 robots · 1 trigger')).toBeVisible();

  // Delete it from the canvas; one undo brings it back where it was.
  await page.keyboard.press('Shift+F6');
  await expect(page.getByRole('group', { name: 'Add comment, immediately' })).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('group', { name: 'Add comment, immediately' })).toHaveCount(0);
  await expect(lane(page, 'Completed').getByText('2 robots · 1 trigger')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(lane(page, 'Completed').getByText('3 robots · 1 trigger')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Add comment, immediately' })).toBeVisible();
});

/** What marks an element as focused: its outline (when drawn) and its box shadow (rings). */
const focusLook = (target: Locator) =>
  target.evaluate((el) => {
    const style = getComputedStyle(el);
    const drawn = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      outline: drawn ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : 'none',
      shadow: style.boxShadow,
    };
  });

/**
 * Focuses `target` as the keyboard would and checks it then looks different from before: a drawn
 * outline or a ring (box shadow) that it did not have unfocused. Waits out colour transitions.
 */
async function expectFocusIndicator(page: Page, name: string, target: Locator) {
  await target.evaluate((el) => (el as HTMLElement).blur());
  await transitionsSettled(page);
  const before = await focusLook(target);
  await target.focus();
  await transitionsSettled(page);
  expect(await target.evaluate((el) => el.matches(':focus-visible')), `${name} has keyboard focus`).toBe(
    true,
  );
  const after = await focusLook(target);
  const outlined = after.outline !== 'none' && after.outline !== before.outline;
  const ringed = after.shadow !== 'none' && after.shadow !== before.shadow;
  expect(
    outlined || ringed,
    `${name} shows its focus (before ${JSON.stringify(before)}, focused ${JSON.stringify(after)})`,
  ).toBe(true);
}

for (const theme of ['light', 'dark'] as const) {
  test(`every kind of control shows the keyboard focus (${theme} theme)`, async ({ page }) => {
    // Keys only, so the browser treats each focus as keyboard focus (:focus-visible).
    if (theme === 'dark') {
      await tabTo(page, page.getByRole('button', { name: 'Switch to dark mode' }));
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveClass(/dark/);
    } else {
      await page.keyboard.press('Tab');
    }
    const banner = page.getByRole('banner');
    const samples: [string, Locator][] = [
      ['the Simulate button', banner.getByRole('button', { name: 'Simulate' })],
      ['the problem counts', banner.getByRole('button', { name: '2 info' })],
      ['the Flows button', banner.getByRole('button', { name: 'Flows', exact: true })],
      ['the Export button', banner.getByRole('button', { name: 'Export', exact: true })],
      ['the theme toggle', banner.getByRole('button', { name: /^Switch to (dark|light) mode$/ })],
      ['the palette search', page.getByRole('searchbox', { name: 'Search rules and triggers' })],
      ['a palette group', page.getByRole('button', { name: 'Client communications' })],
      ['a palette item', page.getByRole('button', { name: 'Send SMS' })],
      ['a lane header', page.getByRole('group', { name: 'Status Shipped, 3 of 5' })],
      ['a status options button', page.getByRole('button', { name: 'Status options: Shipped' })],
      ['a robot card', page.getByRole('group', { name: /^Order paid email — / })],
      ['a trigger card', page.getByRole('group', { name: /^Payment — Trigger/ })],
      ['a zoom control', page.getByRole('button', { name: 'Zoom in' })],
    ];
    for (const [name, target] of samples) await expectFocusIndicator(page, name, target);

    // The inspector's controls, once a card is selected (focusing a card selects it).
    await page.getByRole('group', { name: /^Order paid email — / }).focus();
    const details = inspector(page);
    await expect(details.getByRole('heading', { name: 'Order paid email' })).toBeVisible();
    const fields: [string, Locator][] = [
      ['the name box', details.getByRole('textbox', { name: 'Name' })],
      ['the Enabled checkbox', details.getByRole('checkbox', { name: 'Enabled' })],
      ['the In status select', details.getByRole('combobox', { name: 'In status' })],
      ['the Execution select', details.getByRole('combobox', { name: 'Execution' })],
      ['the add-condition button', details.getByRole('button', { name: '+ Add condition' })],
    ];
    for (const [name, target] of fields) await expectFocusIndicator(page, name, target);
  });
}
