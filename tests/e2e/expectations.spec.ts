import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startWithEmptyStorage } from './support/storage';

/*
 * Expectations and reproducible runs in a real browser: a sample passes, a broken expectation says
 * why, and a run with a skipped pause downloads a timeline the command line gives byte for byte.
 */

test.use({ viewport: { width: 2400, height: 1100 } });

test.beforeEach(async ({ page }) => {
  await startWithEmptyStorage(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Accepted, awaiting payment', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Simulate' }).click();
});

const simulator = (page: Page) => page.getByRole('complementary', { name: 'Simulator' });

test('a sample with expectations passes; a broken one fails and says what happened instead', async ({
  page,
}) => {
  await simulator(page).getByRole('button', { name: 'Run scenario' }).click();
  const results = simulator(page).getByRole('region', { name: 'Expectations' });
  await expect(results).toContainText('All 8 expectations hold');

  await simulator(page).getByRole('tab', { name: 'Scenario' }).click();
  await simulator(page).getByLabel('Expectation 2: robot is').selectOption('done');
  await simulator(page).getByRole('tab', { name: 'Run' }).click();
  await expect(simulator(page).getByText(/^Out of date/)).toBeVisible();
  await expect(simulator(page).getByRole('button', { name: 'Timeline (JSON)' })).toBeDisabled();
  await simulator(page).getByRole('button', { name: 'Run scenario' }).click();
  await expect(results).toContainText('1 of 8 expectations false');
  await expect(results).toContainText('robot "Payment reminder" is done');
  await expect(results).toContainText('Instead: it was cancelled at +0d 02:00');
});

test('a skipped pause is recorded, and the downloaded timeline is what the CLI computes', async ({
  page,
}, info) => {
  await simulator(page).getByRole('option', { name: 'Never paid' }).click();
  await simulator(page).getByRole('button', { name: 'Run scenario' }).click();
  await simulator(page).getByLabel('Position in the log').fill('8');
  await simulator(page).getByRole('button', { name: 'Skip pause: Payment reminder' }).click();
  await expect(simulator(page).getByText(/^With skipped pauses \(1\)/)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await simulator(page).getByRole('button', { name: 'Timeline (JSON)' }).click();
  const timelineFile = info.outputPath('run.timeline.json');
  await (await downloading).saveAs(timelineFile);

  // The scenario with its recorded skip, exported from the list, replayed by the command line.
  const exporting = page.waitForEvent('download');
  await simulator(page).getByRole('button', { name: 'Export JSON' }).click();
  const scenarioFile = info.outputPath('never-paid.scenario.json');
  await (await exporting).saveAs(scenarioFile);
  expect(JSON.parse(readFileSync(scenarioFile, 'utf8')).skips).toHaveLength(1);
  const flowFile = info.outputPath('flow.json');
  writeFileSync(flowFile, readFileSync('public/samples/default.flow.json', 'utf8'));
  const cli = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'simulate', flowFile, scenarioFile], {
    encoding: 'utf8',
  });
  expect(JSON.parse(cli)).toEqual(JSON.parse(readFileSync(timelineFile, 'utf8')));
});
