/**
 * `tsx scripts/check-bundle.ts [OUT_DIR] [--budget KB]` (run by `npm run test:bundle` after a build):
 * the gzip size of the JavaScript a browser fetches before the first screen is usable, against the
 * budget (265 kB). Exits 1 when over budget, or when msw or monaco sits in the first
 * load; 2 when OUT_DIR holds no build. The lazy chunks are listed after it, for information.
 *
 * Gzip level 9: static assets are compressed once, ahead of time (nginx's gzip_static), so servers
 * use the best level for them. Vite's build output uses zlib's default level 6, whose figures are
 * a few tenths of a percent larger.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectFirstLoad, entryUrlsOf, offSiteUrlsOf, staticImportsOf } from './bundle/firstLoad';
import { eagerLazyOnly, judge, kB, sizeTable } from './bundle/report';
import type { ChunkSize } from './bundle/report';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budget = 1000 * (budgetAt >= 0 ? Number(args[budgetAt + 1]) : 265);
const outDir =
  args.find((arg, index) => !arg.startsWith('--') && (budgetAt < 0 || index !== budgetAt + 1)) ?? 'dist';
const GZIP_LEVEL = 9;

const htmlFile = join(outDir, 'index.html');
if (!existsSync(htmlFile)) {
  console.error(`check-bundle: no ${htmlFile}; build first (npx vite build --outDir ${outDir}).`);
  process.exit(2);
}

/** Site paths are relative to the build's root (Vite's default base, "/"). */
const fileOf = (path: string) => join(outDir, ...decodeURI(path).split('/'));
const codeOf = (path: string) => readFileSync(fileOf(path), 'utf8');

const html = readFileSync(htmlFile, 'utf8');
const offSite = offSiteUrlsOf(html);
if (offSite.length > 0) {
  console.error(`check-bundle: the page loads scripts from another site at run time: ${offSite.join(', ')}`);
  process.exit(1);
}

const firstLoadPaths = collectFirstLoad(entryUrlsOf(html), (path) =>
  path.endsWith('.js') || path.endsWith('.mjs') ? staticImportsOf(codeOf(path)) : [],
);
const missing = firstLoadPaths.filter((path) => !existsSync(fileOf(path)));
if (missing.length > 0) {
  console.error(`check-bundle: the page asks for files the build does not have: ${missing.join(', ')}`);
  process.exit(1);
}

function measure(path: string): ChunkSize {
  const bytes = readFileSync(fileOf(path));
  return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length };
}

function allScripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => '/' + relative(outDir, join(dir, name)).split(sep).join('/'));
}

const firstLoad = firstLoadPaths.map(measure);
// Public files (msw's service worker script) are copied as they are and fetched only when used.
const lazy = allScripts(outDir)
  .filter((path) => !firstLoadPaths.includes(path))
  .map(measure)
  .sort((a, b) => b.gzip - a.gzip);

console.log(`JavaScript of the first load (${outDir}, gzip level ${GZIP_LEVEL}):`);
for (const line of sizeTable(firstLoad)) console.log(`  ${line}`);
const verdict = judge(firstLoad, budget);
const eager = eagerLazyOnly(firstLoad.map(({ path }) => ({ path, code: codeOf(path) })));
console.log(`\nLoaded later, when needed (${kB(lazy.reduce((sum, chunk) => sum + chunk.gzip, 0))} kB gzip):`);
for (const line of sizeTable(lazy)) console.log(`  ${line}`);
console.log('');
if (eager.length > 0)
  console.error(`check-bundle: must load only when needed, found in the first load: ${eager.join('; ')}.`);
(verdict.ok ? console.log : console.error)(verdict.summary);
process.exit(verdict.ok && eager.length === 0 ? 0 : 1);
