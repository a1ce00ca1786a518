import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Faults } from '../../mocks/db';
import { DEFAULT_FLOW } from '../../src/domain/samples/defaultFlow';

/*
 * No lost work, in a real browser: a page closed right after an edit, the same design in
 * two tabs, and saving to the server through injected faults. Every test has a fresh browser context,
 * so its localStorage starts empty and is shared only by the pages of that test.
 */

test.use({ viewport: { width: 1600, height: 900 } });

async function openDesigner(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();
}

const inspectorName = (page: Page) =>
  page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'Name', exact: true });

/** Selects the "new order" email robot and gives it a name by typing in the inspector. */
async function renameWelcomeEmail(page: Page, name: string) {
  await page.locator('.react-flow__node[data-id="n_email_new"]').click();
  await inspectorName(page).fill(name);
}

async function welcomeEmailName(page: Page) {
  await page.locator('.react-flow__node[data-id="n_email_new"]').click();
  return inspectorName(page);
}

/** The mocked backend runs in the page (mocks/browser.ts); faults are switched there. */
async function setFaults(page: Page, faults: Partial<Faults>) {
  await page.evaluate((f) => {
    (
      window as unknown as { orderflowMockBackend: { setFaults(f: object): void } }
    ).orderflowMockBackend.setFaults(f);
  }, faults);
}

const serverStatus = (page: Page, text: string) => page.getByRole('status', { name: `Server: ${text}` });
const bar = (page: Page, name: string) => page.getByRole('banner').getByRole('button', { name, exact: true });

test.describe('closing the page mid-edit', () => {
  test('an edit typed just before the tab is closed is there when the designer is opened again', async ({
    context,
    page,
  }) => {
    await openDesigner(page);
    // The leave-page guard asks only while a change is not in the browser's storage yet.
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      void dialog.accept();
    });
    await renameWelcomeEmail(page, 'Welcome mail, typed last');
    // At once, well inside the autosave's debounce.
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(prompts).toEqual([]);

    const reopened = await context.newPage();
    await openDesigner(reopened);
    await expect(await welcomeEmailName(reopened)).toHaveValue('Welcome mail, typed last');
  });

  test('an edit typed just before navigating away is there on coming back', async ({ page }) => {
    await openDesigner(page);
    await renameWelcomeEmail(page, 'Typed before leaving');
    await page.goto('about:blank');
    await openDesigner(page);
    await expect(await welcomeEmailName(page)).toHaveValue('Typed before leaving');
  });
});

test('the same design in two tabs: the other tab is told and nothing is overwritten silently', async ({
  context,
}) => {
  const a = await context.newPage();
  await openDesigner(a);
  const b = await context.newPage();
  await openDesigner(b);

  await renameWelcomeEmail(a, 'Changed in tab A');
  const bannerInB = b.getByRole('alert', { name: 'This design was changed in another tab' });
  await expect(bannerInB).toBeVisible();

  // B goes on editing: its autosave keeps away from A's newer copy.
  await renameWelcomeEmail(b, 'Typed in tab B');
  await expect(b.getByRole('banner').getByText('Unsaved changes')).toBeVisible();
  const third = await context.newPage();
  await openDesigner(third);
  await expect(await welcomeEmailName(third)).toHaveValue('Changed in tab A');
  await third.close();

  // B keeps its version, deliberately: now A is told in turn.
  await bannerInB.getByRole('button', { name: 'Keep mine' }).click();
  await expect(bannerInB).toHaveCount(0);
  const bannerInA = a.getByRole('alert', { name: 'This design was changed in another tab' });
  await expect(bannerInA).toBeVisible();
  await bannerInA.getByRole('button', { name: "Load the other tab's version" }).click();
  await expect(bannerInA).toHaveCount(0);
  await expect(await welcomeEmailName(a)).toHaveValue('Typed in tab B');
});

test.describe('saving through server faults', () => {
  test.beforeEach(async ({ page }) => {
    await openDesigner(page);
    await expect(serverStatus(page, 'Saved to server · rev 3')).toBeVisible();
    await renameWelcomeEmail(page, 'Saved through a fault');
    await expect(serverStatus(page, 'Not saved to server · based on rev 3')).toBeVisible();
  });

  /** The design is intact and can still be edited; once the fault is gone, Save succeeds. */
  async function recovers(page: Page) {
    await expect(await welcomeEmailName(page)).toHaveValue('Saved through a fault');
    await inspectorName(page).fill('Saved through a fault, then edited');
    await setFaults(page, { status500: false, offline: false, latencyMs: 0 });
    await bar(page, 'Save').click();
    await expect(page.getByText('Saved to the server (revision 4).')).toBeVisible();
    await expect(serverStatus(page, 'Saved to server · rev 4')).toBeVisible();
    await expect(inspectorName(page)).toHaveValue('Saved through a fault, then edited');
  }

  test('a 500 shows its message, keeps the design, and a retry succeeds', async ({ page }) => {
    await setFaults(page, { status500: true });
    await bar(page, 'Save').click();
    await expect(page.getByRole('alert').filter({ hasText: 'error 500' })).toBeVisible();
    await expect(serverStatus(page, 'Server unavailable — saved in this browser')).toBeVisible();
    await recovers(page);
  });

  test('offline shows its message, keeps the design, and a retry succeeds', async ({ page }) => {
    await setFaults(page, { offline: true });
    await bar(page, 'Save').click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be reached' })).toBeVisible();
    await expect(serverStatus(page, 'Offline — saved in this browser')).toBeVisible();
    await recovers(page);
  });

  test('a server slower than the client timeout: message, design kept, a retry succeeds', async ({
    page,
  }) => {
    // The client gives up after 10 s; this answer would come after 12.
    await setFaults(page, { latencyMs: 12_000 });
    await bar(page, 'Save').click();
    await expect(page.getByRole('alert').filter({ hasText: 'did not answer within 10 seconds' })).toBeVisible(
      {
        timeout: 15_000,
      },
    );
    await expect(serverStatus(page, 'Server unavailable — saved in this browser')).toBeVisible();
    await recovers(page);
  });
});

test.describe('the server revision the design is based on', () => {
  test("a colleague's save made after the page was loaded: the next save gets the conflict dialog", async ({
    page,
  }) => {
    await openDesigner(page);
    await expect(serverStatus(page, 'Saved to server · rev 3')).toBeVisible();
    await page.evaluate((id) => {
      const backend = (
        window as unknown as { orderflowMockBackend: { simulateColleagueSave(id: string): boolean } }
      ).orderflowMockBackend;
      backend.simulateColleagueSave(id);
    }, DEFAULT_FLOW.id);
    await renameWelcomeEmail(page, 'Mine, based on revision 3');
    await bar(page, 'Save').click();
    await expect(page.getByRole('dialog', { name: 'Someone else saved this flow' })).toBeVisible();
    await expect(serverStatus(page, 'Server has a newer revision')).toBeVisible();
  });

  test('publishing an unchanged design says so and makes no new revision', async ({ page }) => {
    await openDesigner(page);
    await bar(page, 'Publish').click();
    const dialog = page.getByRole('dialog', { name: /^Publish revision 3\?/ });
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(page.getByText('Published revision 3.')).toBeVisible();
    await bar(page, 'Publish').click();
    await expect(page.getByText('Nothing changed since the last publish (revision 3).')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(serverStatus(page, 'Saved to server · rev 3')).toBeVisible();
  });
});
