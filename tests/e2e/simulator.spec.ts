import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startWithEmptyStorage } from './support/storage';

/*
 * The simulator as a user drives it in a real browser (production build): simulate mode, a sample
 * run in the log and on the canvas, stepping through it, and a what-if batch, with the engine in
 * its Web Worker.
 */

test.use({ viewport: { width: 2400, height: 1100 } });

test.beforeEach(async ({ page }) => {
  await startWithEmptyStorage(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Accepted, awaiting payment', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Simulate' }).click();
  await expect(page.getByRole('button', { name: 'Simulate' })).toHaveAttribute('aria-pressed', 'true');
});

const simulator = (page: Page) => page.getByRole('complementary', { name: 'Simulator' });
const log = (page: Page) => simulator(page).getByRole('list', { name: 'Log' });
const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const stateOf = (page: Page, id: string) => card(page, id).locator('[data-run-state]');
const orderLane = (page: Page) =>
  page.locator('.react-flow__node-lane').filter({ has: page.locator('[data-run-state="current"]') });

async function runPaidAndDelivered(page: Page) {
  await expect(simulator(page).getByRole('option', { name: 'Paid and delivered' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await simulator(page).getByRole('button', { name: 'Run scenario' }).click();
  await expect(simulator(page).getByText(/^Order is in/)).toHaveText(
    'Order is in Completed · the run has ended',
  );
}

test('the engine runs in a Web Worker of the production build', async ({ page }) => {
  await expect(simulator(page).getByText('Engine runs in a Web Worker')).toBeVisible();
  await runPaidAndDelivered(page);
  expect(page.workers().map((w) => w.url())).toContainEqual(expect.stringMatching(/simulation\.worker/));
});

test('after a run, a card that did not act says why: a few words, the sentence on hover', async ({
  page,
}) => {
  await runPaidAndDelivered(page);
  const reminder = card(page, 'n_email_reminder');
  await expect(reminder.locator('[data-run-reason]')).toHaveText(
    /Cancelled: left "Accepted, awaiting payment"/,
  );
  await expect(reminder).toHaveAccessibleDescription(
    /Not done: cancelled at \+0d 02:00 .* when the order left "Accepted, awaiting payment"/,
  );
  const sentence = reminder.getByRole('tooltip');
  await expect(sentence).toBeHidden();
  await reminder.hover();
  await expect(sentence).toBeVisible();
  await expect(sentence).toContainText('when the order left "Accepted, awaiting payment"');
  // A robot that was done keeps its summary line.
  await expect(card(page, 'n_sms').locator('[data-run-reason]')).toHaveCount(0);
});

test('simulate mode locks the design', async ({ page }) => {
  await expect(page.getByText('Design locked while simulating')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send SMS' })).toHaveCount(0);
  await card(page, 'n_sms').click();
  await page.keyboard.press('Delete');
  await expect(card(page, 'n_sms')).toBeVisible();
});

test('"paid and delivered": the SMS with the generated order number and each status change', async ({
  page,
}) => {
  await runPaidAndDelivered(page);
  const smsRow = log(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^\d+\. .*Done SMS with the order number/ }) });
  await expect(smsRow).toContainText('ORD-2025-00001');

  const changes = [
    ['Accepted, awaiting payment', 'Paid, preparing for shipment', 'Payment'],
    ['Paid, preparing for shipment', 'Shipped', 'Shipment'],
    ['Shipped', 'Completed', 'Delivered'],
  ];
  for (const [from, to, trigger] of changes) {
    await expect(
      log(page).getByRole('button', { name: new RegExp(`Trigger fired ${trigger}`) }),
    ).toBeVisible();
    await expect(log(page).getByRole('button', { name: `Status left ${from}: To ${to}` })).toHaveCount(1);
    await expect(
      log(page).getByRole('button', { name: new RegExp(`Status entered ${to}: From ${from}`) }),
    ).toHaveCount(1);
  }
  // The log row selects its node on the canvas.
  await log(page)
    .getByRole('button', { name: /^\d+\. .*Done SMS with the order number/ })
    .click();
  await expect(card(page, 'n_sms')).toHaveClass(/selected/);
});

test('stepping through the run shows each node state on the canvas', async ({ page }) => {
  await runPaidAndDelivered(page);
  const position = simulator(page).getByLabel('Position in the log');
  await position.fill('0');
  await expect(orderLane(page)).toHaveAttribute('data-id', 'lane:N');
  await expect(stateOf(page, 'n_code')).toHaveCount(0);

  // Entry 6: the order number is generated; the reminder waits three days.
  for (let i = 0; i < 5; i++) await simulator(page).getByRole('button', { name: 'Step forward' }).click();
  await expect(stateOf(page, 'n_code')).toHaveAttribute('data-run-state', 'done');
  await expect(stateOf(page, 'n_email_reminder')).toHaveAttribute('data-run-state', 'waiting');
  await expect(card(page, 'n_email_reminder')).toContainText('Waiting · 3d left');
  await expect(stateOf(page, 'n_sms')).toHaveCount(0);

  // The next events: the email and SMS went out, then the payment arrives.
  await simulator(page).getByRole('button', { name: 'Next event' }).click();
  await expect(stateOf(page, 'n_sms')).toHaveAttribute('data-run-state', 'done');
  await simulator(page).getByRole('button', { name: 'Next event' }).click();
  await simulator(page).getByRole('button', { name: 'Next event' }).click();
  await expect(card(page, 'n_email_reminder')).toContainText('Waiting · 2d 22h left');
  await simulator(page).getByRole('button', { name: 'Step forward' }).click();
  await expect(stateOf(page, 't_payment')).toHaveAttribute('data-run-state', 'fired');

  // The order leaves the status: what still waited there is cancelled; the next lane lights up.
  for (let i = 0; i < 4; i++) await simulator(page).getByRole('button', { name: 'Step forward' }).click();
  await expect(stateOf(page, 'n_email_reminder')).toHaveAttribute('data-run-state', 'cancelled');
  await expect(stateOf(page, 'n_cancel')).toHaveAttribute('data-run-state', 'cancelled');
  await expect(orderLane(page)).toHaveAttribute('data-id', 'lane:P');

  // Back one step: still in the first lane.
  await simulator(page).getByRole('button', { name: 'Step back' }).click();
  await expect(orderLane(page)).toHaveAttribute('data-id', 'lane:N');
});

test('a what-if batch over phone types shows the SMS robot failing without a mobile phone', async ({
  page,
}) => {
  await simulator(page).getByRole('tab', { name: 'What-if batch' }).click();
  await simulator(page).getByLabel('Mobile phone').check();
  await simulator(page).getByLabel('Work phone').check();
  await simulator(page).getByRole('button', { name: 'Run 4 of 4 combinations' }).click();

  const robots = simulator(page).getByRole('table', { name: 'Robot coverage' });
  await expect(robots.getByRole('row', { name: /SMS with the order number/ }).getByRole('cell')).toHaveText([
    'Accepted, awaiting payment',
    '2',
    '0',
    '2',
    '0',
    '0',
  ]);
  // Coverage on the canvas: the SMS card counts its failures, the triggers their firings.
  await expect(card(page, 'n_sms').getByRole('img', { name: /^Coverage:/ })).toHaveAccessibleName(
    'Coverage: done in 2, skipped in 0, failed in 2, cancelled in 0, never reached in 0 runs',
  );
  await expect(card(page, 't_payment')).toContainText('Fired 4 times in 4 runs');

  // A failing variant opens as a single run: the SMS card is red with the error on hover.
  const failing = simulator(page).getByRole('region', { name: 'Failing variants' });
  await expect(failing.getByText('SMS with the order number: Phone number is not specified')).toHaveCount(2);
  await failing.getByRole('button', { name: 'Open as single run: Phones: work' }).click();
  await expect(stateOf(page, 'n_sms')).toHaveAttribute('data-run-state', 'failed');
  await expect(card(page, 'n_sms').getByTitle('Phone number is not specified')).toContainText('Failed');
});

test.describe('on a 1440×900 window', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the log keeps a height of its own and nothing is drawn over another part', async ({ page }) => {
    await runPaidAndDelivered(page);
    const list = (await log(page).boundingBox())!;
    // About ten rows at least, not squeezed to nothing under the controls above it.
    expect(list.height).toBeGreaterThan(240);
    const note = (await simulator(page)
      .getByText(/^Times are in the design/)
      .boundingBox())!;
    expect(note.y + note.height).toBeLessThanOrEqual(list.y);
    const why = (await simulator(page)
      .getByText(/^Why didn.t it run\?/)
      .boundingBox())!;
    expect(why.y).toBeGreaterThanOrEqual(list.y + list.height);
  });

  test("the board follows the order's status, and a log row brings its card into view", async ({ page }) => {
    // The simulator takes a third of the window: the board shows about three of the five statuses.
    await runPaidAndDelivered(page);
    const lane = (id: string) => page.locator(`.react-flow__node-lane[data-id="lane:${id}"]`);
    await expect(lane('F')).toBeInViewport({ ratio: 0.9 });
    await expect(lane('N')).not.toBeInViewport({ ratio: 0.9 });
    await simulator(page).getByLabel('Position in the log').fill('0');
    await expect(lane('N')).toBeInViewport({ ratio: 0.9 });
    await expect(card(page, 'f_email_thanks')).not.toBeInViewport({ ratio: 0.9 });
    await log(page)
      .getByRole('button', { name: /^\d+\. .*Done Thank-you email/ })
      .click();
    await expect(card(page, 'f_email_thanks')).toBeInViewport({ ratio: 0.9 });
  });

  test("the order's lane is marked without covering its name", async ({ page }) => {
    await runPaidAndDelivered(page);
    await simulator(page).getByLabel('Position in the log').fill('0');
    await expect(orderLane(page)).toHaveAttribute('data-id', 'lane:N');
    const pill = (await orderLane(page).getByText('Order is here').boundingBox())!;
    const name = (await orderLane(page).locator('h2[data-name]').boundingBox())!;
    // (The name's line box starts a little above its letters: a pixel or two of it may be shared.)
    const apart =
      pill.y + pill.height <= name.y + 2 ||
      name.y + name.height <= pill.y ||
      pill.x >= name.x + name.width ||
      name.x >= pill.x + pill.width;
    expect(apart).toBe(true);
  });
});
