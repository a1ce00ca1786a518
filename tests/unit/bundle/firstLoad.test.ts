import { describe, expect, it } from 'vitest';
import {
  collectFirstLoad,
  entryUrlsOf,
  offSiteUrlsOf,
  resolvePath,
  staticImportsOf,
} from '../../../scripts/bundle/firstLoad';

describe('entryUrlsOf', () => {
  it('lists module scripts and modulepreloads in document order, whatever the attribute order and quotes', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="/assets/index-A1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-B2.js">
      <link href='/assets/zod-C3.js' rel='modulepreload'>
      <LINK REL=modulepreload HREF=/assets/upper-D4.js>
      <link rel="stylesheet" crossorigin href="/assets/index-E5.css">
      <link rel="icon" href="data:image/svg+xml,%3Csvg%3E">
    </head><body><div id="root"></div></body></html>`;
    expect(entryUrlsOf(html)).toEqual([
      '/assets/index-A1.js',
      '/assets/react-B2.js',
      '/assets/zod-C3.js',
      '/assets/upper-D4.js',
    ]);
  });

  it('ignores classic scripts, inline modules and preloads of other kinds', () => {
    const html = `<script src="/legacy.js"></script>
      <script type="module">import('/assets/inline-only.js')</script>
      <link rel="preload" as="script" href="/assets/preload.js">
      <link rel="prefetch" href="/assets/later.js">`;
    expect(entryUrlsOf(html)).toEqual([]);
  });
});

describe('offSiteUrlsOf', () => {
  it('names scripts another site would serve at run time, and only those', () => {
    const html =
      '<script type="module" src="/assets/index.js"></script>' +
      '<script type="module" src="https://other-site.example/lib.js"></script>' +
      '<link rel="modulepreload" href="//other-site.example/chunk.js">';
    expect(offSiteUrlsOf(html)).toEqual([
      'https://other-site.example/lib.js',
      '//other-site.example/chunk.js',
    ]);
  });
});

describe('staticImportsOf', () => {
  it('finds the static imports and re-exports of a minified chunk, not its dynamic imports', () => {
    const code =
      'const m=()=>import(`./lazy-1.js`);import{a as e}from"./react-2.js";import"./side-3.js";' +
      'import*as z from"./zod-4.js";export{b}from"./shared-5.js";export*from"./all-6.js";' +
      'const s="import x from \\"./in-a-string.js\\"";function f(){return import("./lazy-7.js")}';
    expect(staticImportsOf(code)).toEqual([
      './react-2.js',
      './side-3.js',
      './zod-4.js',
      './shared-5.js',
      './all-6.js',
    ]);
  });
});

describe('resolvePath', () => {
  it('resolves relative, root-relative and same-site absolute URLs to paths, and drops other sites', () => {
    expect(resolvePath('./b.js', '/assets/a.js')).toBe('/assets/b.js');
    expect(resolvePath('/assets/c.js', '/')).toBe('/assets/c.js');
    expect(resolvePath('assets/d.js', '/')).toBe('/assets/d.js');
    expect(resolvePath('../e.js', '/assets/nested/a.js')).toBe('/assets/e.js');
    expect(resolvePath('https://other-site.example/f.js', '/')).toBeUndefined();
  });
});

describe('collectFirstLoad', () => {
  it('follows static imports transitively, counts every chunk once and skips what nothing reaches', () => {
    const imports: Record<string, string[]> = {
      '/assets/index.js': ['./react.js', './shared.js'],
      '/assets/react.js': [],
      '/assets/shared.js': ['./zod.js', './react.js'],
      '/assets/zod.js': ['./shared.js'],
      '/assets/monaco.js': ['./react.js'],
    };
    const visited: string[] = [];
    const importsOf = (path: string) => {
      visited.push(path);
      return imports[path] ?? [];
    };
    const order = collectFirstLoad(['/assets/index.js', '/assets/react.js'], importsOf);
    expect(order).toEqual(['/assets/index.js', '/assets/react.js', '/assets/shared.js', '/assets/zod.js']);
    expect(visited).not.toContain('/assets/monaco.js');
    expect(new Set(visited).size).toBe(visited.length);
  });
});
