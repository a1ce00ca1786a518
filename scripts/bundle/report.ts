/** The pure half of `scripts/check-bundle.ts` that judges and prints the measured chunks. */

export interface ChunkSize {
  /** The chunk's path on the site, e.g. /assets/index-AbC123.js. */
  path: string;
  raw: number;
  gzip: number;
}

/**
 * Libraries that must never be part of the first load, each recognised by a text its code always
 * contains: the mocked backend (msw prints every message with "[MSW]") and the JSON editor (monaco's
 * message keys start with "vs/editor").
 */
export const LAZY_ONLY = [
  { library: 'msw', marker: '[MSW]' },
  { library: 'monaco-editor', marker: 'vs/editor' },
];

/** "msw in /assets/index-x.js" for each lazy-only library found in a first-load chunk. */
export function eagerLazyOnly(chunks: { path: string; code: string }[], libraries = LAZY_ONLY): string[] {
  return libraries.flatMap(({ library, marker }) =>
    chunks.filter((chunk) => chunk.code.includes(marker)).map((chunk) => `${library} in ${chunk.path}`),
  );
}

/** Sizes in kB of 1000 bytes, as Vite's build output prints them, so the two can be compared. */
export const kB = (bytes: number) => (bytes / 1000).toFixed(1);

export function sizeTable(chunks: ChunkSize[]): string[] {
  const width = Math.max(5, ...chunks.map((chunk) => chunk.path.length));
  const row = (name: string, raw: string, gzip: string) =>
    `${name.padEnd(width)}  ${raw.padStart(9)}  ${gzip.padStart(9)}`;
  return [
    row('chunk', 'raw kB', 'gzip kB'),
    ...chunks.map((chunk) => row(chunk.path, kB(chunk.raw), kB(chunk.gzip))),
  ];
}

export interface Verdict {
  ok: boolean;
  total: number;
  /** One line: the total against the budget, and when over, by how much and the biggest chunks. */
  summary: string;
}

export function judge(firstLoad: ChunkSize[], budget: number, named = 3): Verdict {
  const total = firstLoad.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const head = `First load: ${kB(total)} kB gzip of JavaScript in ${firstLoad.length} files, budget ${kB(budget)} kB`;
  if (total <= budget) return { ok: true, total, summary: `${head} (${kB(budget - total)} kB to spare).` };
  const biggest = [...firstLoad]
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, named)
    .map((chunk) => `${chunk.path} (${kB(chunk.gzip)} kB)`);
  return {
    ok: false,
    total,
    summary:
      `${head}: OVER by ${kB(total - budget)} kB. Biggest: ${biggest.join(', ')}. ` +
      'Load what the first screen does not need with import() or React.lazy.',
  };
}
