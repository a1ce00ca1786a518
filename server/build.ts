import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the designer into `outDir` for the real API (no mocked backend) unless a build is there. */
export function ensureBuild(outDir: string, log: (line: string) => void): void {
  if (existsSync(join(outDir, 'index.html'))) return;
  log(`No build in ${outDir}: building the designer (about a minute)…`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, VITE_API_MOCK: 'off' },
  });
  if (result.status !== 0) throw new Error('The build failed; see the messages above.');
}
