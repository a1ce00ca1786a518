import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { designStorageKey, OPEN_DESIGN_KEY } from '../../src/store/persistence';

/*
 * A design kept in the browser by an earlier version of the app, in version 0 of the flow format:
 * the page opens it upgraded (through the same loader as an imported file), not as the default flow.
 */
const V0 = JSON.parse(
  readFileSync(new URL('../fixtures/migrations/flow.v0.json', import.meta.url), 'utf8'),
) as { id: string; name: string; version: number; statuses: { name: string }[] };

test('a version-0 browser copy opens migrated, and again after a reload', async ({ page }) => {
  expect(V0.version).toBe(0);
  const record = {
    version: 1,
    tabId: 'an-earlier-tab',
    savedAt: '2026-01-01T00:00:00.000Z',
    serverRevision: null,
    changedSinceServer: true,
    flow: V0,
  };
  // Seeded before the app's first script runs, once per test (a reload keeps what the app saved).
  await page.addInitScript(
    ([openKey, key, id, text]) => {
      if (sessionStorage.getItem('of-e2e-seeded')) return;
      localStorage.clear();
      localStorage.setItem(openKey!, id!);
      localStorage.setItem(key!, text!);
      sessionStorage.setItem('of-e2e-seeded', '1');
    },
    [OPEN_DESIGN_KEY, designStorageKey(V0.id), V0.id, JSON.stringify(record)],
  );
  for (const open of [() => page.goto('/'), () => page.reload()]) {
    await open();
    for (const status of V0.statuses)
      await expect(page.getByRole('region', { name: status.name, exact: true })).toBeVisible({
        timeout: 20_000,
      });
    await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toHaveCount(0);
  }
});
