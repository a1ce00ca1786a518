import { expect, test } from '@playwright/test';
import { DEFAULT_FLOW } from '../../src/domain/samples/defaultFlow';
import { DEFAULT_ENVIRONMENT } from '../../src/domain/reference/defaultEnvironment';
import { dismissOpeningMessages } from './support/messages';
import { startWithEmptyStorage } from './support/storage';

/*
 * A manager reading the default design's board meets names, never ids: the cards, the lane headers
 * and the problems panel show no status, robot, trigger or employee id. Template inserts (`{{…}}`)
 * on cards are the template-chips work and are not asserted here.
 */
const IDS = [
  ...DEFAULT_FLOW.statuses.map((s) => s.id as string),
  ...DEFAULT_FLOW.robots.map((r) => r.id as string),
  ...DEFAULT_FLOW.triggers.map((t) => t.id as string),
  ...DEFAULT_ENVIRONMENT.employees.map((e) => e.id),
];

const showsId = (text: string) =>
  IDS.filter((id) => new RegExp(`(^|[^\\w{.-])${id}($|[^\\w}.-])`).test(text.replace(/\{\{[^}]*\}\}/g, '')));

test('the default board shows names, not ids, on cards, lane headers and problems', async ({ page }) => {
  await startWithEmptyStorage(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: DEFAULT_FLOW.statuses[0]!.name })).toBeVisible();
  await dismissOpeningMessages(page);

  const cards = page.locator('.react-flow__node');
  await expect(cards.first()).toBeVisible();
  const cardTexts = await cards.allInnerTexts();
  expect(cardTexts.join('\n')).toContain('Cancel → Canceled');
  expect(cardTexts.flatMap(showsId)).toEqual([]);

  const problems = page.getByRole('region', { name: 'Problems' });
  if ((await problems.count()) === 0) await page.getByRole('button', { name: 'Show problems' }).click();
  await expect(page.getByRole('region', { name: 'Problems' })).toBeVisible();
  const problemText = await page.getByRole('region', { name: 'Problems' }).innerText();
  expect(showsId(problemText)).toEqual([]);
  expect(problemText).not.toMatch(/\$\./);
});

test('a cut summary shows in full above its focused card, its inserts as labels', async ({ page }) => {
  await startWithEmptyStorage(page);
  await page.goto('/');
  await dismissOpeningMessages(page);
  // The reminder's summary ("Send email · Email to client: “Reminder: order ‹Order number› is …”")
  // is cut to the card.
  const card = page.locator('.react-flow__node[data-id="n_email_reminder"]');
  await expect(card).toBeVisible();
  // With the keyboard, as the tip is for: F6 to the board, then down the first lane to the card.
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  for (let i = 0; i < 8 && !(await card.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(card).toBeFocused();
  const tip = page.locator('[data-full-text-tip]');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute('data-placement', 'above');
  const text = await tip.innerText();
  expect(text).not.toMatch(/[‹›]|\{\{/);
  await expect(tip.locator('[data-insert]').first()).toHaveText('Order number');
  // Above the card, so the card under it (the next one reached with the keyboard) stays in sight.
  const [tipBox, cardBox] = [(await tip.boundingBox())!, (await card.boundingBox())!];
  expect(tipBox.y + tipBox.height).toBeLessThanOrEqual(cardBox.y);
  // The browser's own hover tooltip is plain text: the insert in brackets, no marks.
  const titles = await card
    .locator('[title]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
  expect(titles.join('\n')).not.toMatch(/[‹›]/);
  // A click focuses the card too, but a mouse user has the hover title: no tip left over the board.
  await page.locator('.react-flow__node[data-id="n_cancel"]').click();
  await expect(tip).toBeHidden();
});
