import { expect, test } from '@playwright/test';
import { startWithEmptyStorage } from './support/storage';

/*
 * The inspector's code is not part of the first load. When it cannot be fetched (offline, or a new
 * version deployed while the page was open), the inspector's place says so and the rest of the
 * designer keeps working; once the network is back, "Try again" brings the inspector.
 */

// The mocked backend's service worker fetches the page's scripts itself, out of page.route's sight;
// without it the designer runs against an absent backend, which it survives (and says so).
test.use({ serviceWorkers: 'block' });

test('an inspector that cannot be loaded says so, and "Try again" loads it once the network is back', async ({
  page,
}) => {
  await startWithEmptyStorage(page);
  let offline = true;
  await page.route(/\/assets\/InspectorPanel-[^/]*\.js$/, (route) =>
    offline ? route.abort() : route.continue(),
  );
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Shipped', exact: true })).toBeVisible();

  await page.locator('.react-flow__node[data-id="n_email_new"]').click();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the inspector' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Your design is not affected');
  // The canvas still works: another card can be selected, a lane is still there.
  await page.locator('.react-flow__node[data-id="n_email_reminder"]').click();
  await expect(page.locator('.react-flow__node[data-id="n_email_reminder"]')).toHaveClass(/selected/);

  offline = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Payment reminder');
  await expect(alert).toBeHidden();
});
