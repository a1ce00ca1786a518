/**
 * Where the browser tests find a Chromium-family browser, in order of preference. Shared by the
 * Playwright config, the canvas benchmark and `ensure-browser`, so all three agree on one answer.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface FoundBrowser {
  path: string;
  /** Why this one: shown when `ensure-browser` reports what it uses. */
  source: string;
}

const DEBIAN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
const SYSTEM_CHROME_PATHS = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Playwright's own download (`npx playwright install chromium`), when one was made. */
function playwrightDownload(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser to use: `CHROMIUM_PATH` when set (and then only it, so a wrong value is reported
 * rather than silently replaced), else the distribution's Chromium, Playwright's download, a
 * system Chrome. Undefined when there is none.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) return isExecutable(chosen) ? { path: chosen, source: 'CHROMIUM_PATH' } : undefined;
  const debian = DEBIAN_PATHS.find(isExecutable);
  if (debian) return { path: debian, source: "the system's Chromium" };
  const downloaded = playwrightDownload();
  if (downloaded) return { path: downloaded, source: "Playwright's own Chromium" };
  const chrome = SYSTEM_CHROME_PATHS.find(isExecutable);
  if (chrome) return { path: chrome, source: 'Google Chrome' };
  return undefined;
}

/** The path for Playwright's launch options; the Debian path when none is found yet (the launch
 * then fails with Playwright's own message, which `ensure-browser` has already explained). */
export function browserPathForLaunch(): string {
  return findBrowser()?.path ?? '/usr/bin/chromium';
}
