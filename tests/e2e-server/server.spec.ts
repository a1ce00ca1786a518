import { expect, request as newRequest, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './admin';

/*
 * The designer against `npm start`: a real server, a real embedded database, real sign-in. One
 * story in order, as a team would meet it: sign in, save, reload and find the revision, restore an
 * old revision, and a colleague's save that makes the next one a conflict.
 */

test.use({ viewport: { width: 1600, height: 900 } });

const bar = (page: Page, name: string) => page.getByRole('banner').getByRole('button', { name, exact: true });
const serverStatus = (page: Page, text: string) => page.getByRole('status', { name: `Server: ${text}` });

async function renameWelcomeEmail(page: Page, name: string) {
  await page.locator('.react-flow__node[data-id="n_email_new"]').click();
  await page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('textbox', { name: 'Name', exact: true })
    .fill(name);
}

test('sign in, save, reload, restore an old revision, and meet a colleague’s save', async ({
  page,
  baseURL,
}) => {
  await page.goto('/');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The username or password is not right.');
  await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('status', { name: 'Signed in as admin, administrator' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();
  await expect(serverStatus(page, 'Not saved to server')).toBeVisible();

  // The server has never seen this design: the first save stores it as revision 1.
  await bar(page, 'Save').click();
  await expect(page.getByText('Saved to the server (revision 1).')).toBeVisible();
  await renameWelcomeEmail(page, 'Welcome, second revision');
  await bar(page, 'Save').click();
  await expect(page.getByText('Saved to the server (revision 2).')).toBeVisible();

  // After a reload the session and the revision are still there, and so is the history.
  await page.reload();
  await expect(page.getByRole('status', { name: 'Signed in as admin, administrator' })).toBeVisible();
  await expect(serverStatus(page, 'Saved to server · rev 2')).toBeVisible();
  await bar(page, 'Revisions').click();
  const list = page.getByRole('list', { name: 'Revisions, newest first' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('saved by admin');

  // Restoring revision 1 makes it revision 3; revisions 1 and 2 stay as they were.
  await list.getByRole('button', { name: 'Open revision 1' }).click();
  await page.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(
    page.getByText('Restored revision 1 as revision 3. Undo brings back the design you had open.'),
  ).toBeVisible();
  await expect(serverStatus(page, 'Saved to server · rev 3')).toBeVisible();

  // A colleague (an editor added by the admin) saves the same flow from elsewhere.
  const added = await page.request.post('/api/users', {
    data: { username: 'colleague', password: 'colleague password', role: 'editor' },
  });
  expect(added.status()).toBe(201);
  const colleague = await newRequest.newContext({ baseURL });
  expect(
    (
      await colleague.post('/api/session', {
        data: { username: 'colleague', password: 'colleague password' },
      })
    ).status(),
  ).toBe(200);
  const { flows } = (await (await colleague.get('/api/flows')).json()) as { flows: { id: string }[] };
  const record = (await (await colleague.get(`/api/flows/${flows[0]!.id}`)).json()) as {
    flow: { name: string };
    revision: number;
  };
  const theirs = await colleague.put(`/api/flows/${flows[0]!.id}`, {
    data: { flow: { ...record.flow, name: 'Edited by a colleague' }, baseRevision: record.revision },
  });
  expect(theirs.status()).toBe(200);
  await colleague.dispose();

  await renameWelcomeEmail(page, 'Mine, based on revision 3');
  await bar(page, 'Save').click();
  await expect(page.getByRole('dialog', { name: 'Someone else saved this flow' })).toBeVisible();
});

test('the app, monaco and the workers run under the server’s Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response!.headers()['x-frame-options']).toBe('DENY');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();
  await bar(page, '{ } JSON').click();
  const editor = page.getByRole('region', { name: 'JSON', exact: true }).locator('.monaco-editor');
  await expect(editor).toContainText('"orderflow.flow"');
  await bar(page, '{ } JSON').click();
  await page.getByRole('button', { name: 'Simulate' }).click();
  const simulator = page.getByRole('complementary', { name: 'Simulator' });
  await expect(simulator.getByText('Engine runs in a Web Worker')).toBeVisible();
  await simulator.getByRole('button', { name: 'Run scenario' }).click();
  await expect(simulator.getByText(/^Order is in/)).toBeVisible();
  expect(violations).toEqual([]);
});
