/**
 * Makes sure the browser tests have a browser before anything long runs: finds one
 * (scripts/browser/findBrowser.ts) or installs one the way this machine can — Debian's or
 * Ubuntu's `chromium` package when running as root, else Playwright's own download — and
 * otherwise stops at once with one sentence saying what to install. `npm test` runs it first, so
 * a fresh machine never spends minutes on unit tests only to fail 70 browser launches.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser/findBrowser';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function canUseApt(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return (
    process.platform === 'linux' &&
    isRoot &&
    existsSync('/etc/debian_version') &&
    existsSync('/usr/bin/apt-get')
  );
}

function installWithApt(): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get', ['update', '-qq'], env) && run('apt-get', ['install', '-y', '-qq', 'chromium'], env);
}

function installWithPlaywright(): boolean {
  return run('npx', ['--no-install', 'playwright', 'install', 'chromium']);
}

function main(): number {
  if (process.env.CHROMIUM_PATH && !findBrowser()) {
    console.error(
      `ensure-browser: CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", which is not an executable browser; fix it or unset it.`,
    );
    return 1;
  }
  const found = findBrowser();
  if (found) {
    console.log(`ensure-browser: browser tests use ${found.source} at ${found.path}`);
    return 0;
  }
  console.log('ensure-browser: no Chromium or Chrome found for the browser tests; installing one.');
  if (canUseApt()) installWithApt();
  if (!findBrowser()) installWithPlaywright();
  const installed = findBrowser();
  if (installed) {
    console.log(`ensure-browser: installed; browser tests use ${installed.source} at ${installed.path}`);
    return 0;
  }
  console.error(
    'ensure-browser: the browser tests need Chromium and none could be installed here — install it (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere `npx playwright install chromium`) or set CHROMIUM_PATH to a Chrome or Chromium binary, then run `npm test` again.',
  );
  return 1;
}

process.exit(main());
