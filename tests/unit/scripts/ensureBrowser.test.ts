import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../scripts/browser/findBrowser';

describe('finding a browser for the browser tests', () => {
  it('uses CHROMIUM_PATH when it names an executable', () => {
    const found = findBrowser({ CHROMIUM_PATH: process.execPath });
    expect(found).toEqual({ path: process.execPath, source: 'CHROMIUM_PATH' });
  });

  it('does not fall back to another browser when CHROMIUM_PATH is wrong', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/nowhere/chromium' })).toBeUndefined();
  });

  it('stops at once with one sentence when CHROMIUM_PATH is wrong', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/ensure-browser.ts'], {
      env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'CHROMIUM_PATH is set to "/nowhere/chromium", which is not an executable browser',
    );
  });
});
