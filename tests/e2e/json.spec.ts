import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DEFAULT_FLOW } from '../../src/domain/samples/defaultFlow';
import { serializeFlow } from '../../src/io/serialize';
import { startWithEmptyStorage } from './support/storage';

/*
 * JSON, import/export and the backend in a real browser: the JSON pane's monaco editor, export and re-import, share links, and
 * save → conflict → resolve against the mocked backend (its state lives in the page).
 */

// The clipboard pastes whole documents into monaco (typing them would trigger its auto-closing).
test.use({ viewport: { width: 2000, height: 1000 }, permissions: ['clipboard-read', 'clipboard-write'] });

async function openDesigner(page: Page, path = '/') {
  await startWithEmptyStorage(page);
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();
}

const bar = (page: Page, name: string) => page.getByRole('banner').getByRole('button', { name, exact: true });

/** Opens the JSON pane and waits for monaco to show the document. */
async function openMonaco(page: Page) {
  await bar(page, '{ } JSON').click();
  const editor = page.getByRole('region', { name: 'JSON', exact: true }).locator('.monaco-editor');
  await expect(editor).toBeVisible();
  await expect(editor).toContainText('"orderflow.flow"');
  return editor;
}

/** Replaces the whole text in monaco by pasting it over a select-all. */
async function replaceText(page: Page, editor: ReturnType<Page['locator']>, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

const withStatusRenamed = (from: string, to: string) => {
  const flow = structuredClone(DEFAULT_FLOW);
  flow.statuses = flow.statuses.map((s) => (s.name === from ? { ...s, name: to } : s));
  return flow;
};

test('an edit in monaco updates the canvas', async ({ page }) => {
  await openDesigner(page);
  const editor = await openMonaco(page);
  await replaceText(page, editor, serializeFlow(withStatusRenamed('Shipped', 'Dispatched')));
  await expect(page.getByRole('region', { name: 'Dispatched', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toHaveCount(0);
  // One undo step brings the old design back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();
});

test('invalid JSON leaves the canvas intact and lists the problem', async ({ page }) => {
  await openDesigner(page);
  const editor = await openMonaco(page);
  await replaceText(page, editor, serializeFlow(DEFAULT_FLOW).replace('"statuses": [', '"statuses": [,'));
  const problems = page.getByRole('list', { name: 'Problems in the JSON' });
  await expect(problems.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEFAULT_FLOW.name);
});

test('export, re-import: the identical document', async ({ page }) => {
  await openDesigner(page);
  const download = async () => {
    await bar(page, 'Export').click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /^Download / }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`${DEFAULT_FLOW.name}.orderflow.json`);
    return { path: (await file.path())!, text: await readFile((await file.path())!, 'utf8') };
  };
  const first = await download();
  expect(JSON.parse(first.text)).toEqual(JSON.parse(serializeFlow(DEFAULT_FLOW)));

  // Change the design, then bring the exported file back in.
  const editor = await openMonaco(page);
  await replaceText(page, editor, serializeFlow(withStatusRenamed('Shipped', 'Dispatched')));
  await expect(page.getByRole('region', { name: 'Dispatched', exact: true })).toBeVisible();

  await bar(page, 'Import').click();
  const dialog = page.getByRole('dialog', { name: 'Import a flow' });
  await dialog.getByLabel('Flow file').setInputFiles(first.path);
  await expect(dialog.getByText(/Compared with the open design/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Import flow' }).click();
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();

  const second = await download();
  expect(second.text).toBe(first.text);
});

test('share link round trip: read-only until saved as a copy', async ({ page, browser }) => {
  await openDesigner(page);
  const editor = await openMonaco(page);
  const shared = { ...withStatusRenamed('Shipped', 'Dispatched'), name: 'Shared shop' };
  await replaceText(page, editor, serializeFlow(shared));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared shop');

  await bar(page, 'Export').click();
  await page.getByRole('menuitem', { name: 'Copy share link' }).click();
  await expect(page.getByText('The share link copied to the clipboard.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#flow=');

  // Someone else opens it: their own design stays until they save a copy.
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  const view = other.getByRole('dialog', { name: 'Shared design: Shared shop (read only)' });
  await expect(view).toBeVisible();
  // Drawn on a canvas of its own, read-only: its lanes are there, and nothing on them can be edited.
  await expect(view.getByRole('region', { name: 'Dispatched', exact: true })).toBeVisible();
  await expect(view.getByRole('button', { name: /Status options/ })).toHaveCount(0);
  await view.getByRole('button', { name: 'JSON' }).click();
  await expect(view.getByText('"Shared shop"').first()).toBeVisible();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(DEFAULT_FLOW.name);
  await view.getByRole('button', { name: 'Save a copy' }).click();
  await expect(view).toHaveCount(0);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Shared shop');
  await expect(other.getByRole('region', { name: 'Dispatched', exact: true })).toBeVisible();
  expect(new URL(other.url()).hash).toBe('');
  await other.context().close();
});

test('save → conflict → resolve', async ({ page }) => {
  await openDesigner(page, '/?fault=conflict');
  await bar(page, 'Save').click();
  const dialog = page.getByRole('dialog', { name: 'Someone else saved this flow' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Your changes compared with theirs' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
  await expect(page.getByText(/Your version replaced theirs on the server \(revision 5\)/)).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // The next save goes through on the revision the overwrite produced.
  await bar(page, 'Save').click();
  await expect(page.getByText('Saved to the server (revision 6).')).toBeVisible();
});
