/**
 * The pure half of `scripts/check-bundle.ts`: which JavaScript files a browser fetches before the
 * first screen is usable. That is every `<script type="module" src>` and `<link rel="modulepreload"
 * href>` of the built index.html, plus — transitively — the chunks those import statically (a
 * static import must be fetched and run before the importing module runs; a dynamic `import()` is
 * fetched only when the code calls it, so it is not followed).
 */
import ts from 'typescript';

/** The JavaScript the page itself asks for, in document order, as written in the html. */
export function entryUrlsOf(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const name = tag[1]!.toLowerCase();
    const attrs = attributesOf(tag[2]!);
    if (name === 'script' && attrs.get('type') === 'module' && attrs.get('src')) urls.push(attrs.get('src')!);
    if (name === 'link' && relsOf(attrs).includes('modulepreload') && attrs.get('href'))
      urls.push(attrs.get('href')!);
  }
  return urls;
}

function relsOf(attrs: Map<string, string>): string[] {
  return (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
}

/** Attribute names lower-cased; values double-, single- or un-quoted; a bare attribute is "". */
function attributesOf(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    attrs.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/**
 * The module specifiers a chunk imports statically: `import … from "x"`, `import "x"`,
 * `export … from "x"`. Parsed with the TypeScript parser rather than a regular expression, because
 * a minified chunk may contain the same text inside strings (monaco's, for one).
 */
export function staticImportsOf(code: string): string[] {
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const specifiers: string[] = [];
  for (const statement of file.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/**
 * The path a URL of the page points to, `from` being the URL of the document or module that wrote
 * it (paths only: the site's origin is irrelevant here). Undefined for another origin, which is not
 * part of this build.
 */
export function resolvePath(url: string, from: string): string | undefined {
  const origin = 'https://page.invalid';
  const resolved = new URL(url, new URL(from, origin));
  return resolved.origin === origin ? resolved.pathname : undefined;
}

/**
 * The page's scripts that another site would serve (a CDN): the app must work from its own build,
 * with nothing fetched from the internet at run time, so check-bundle refuses them.
 */
export function offSiteUrlsOf(html: string): string[] {
  return entryUrlsOf(html).filter((url) => resolvePath(url, '/') === undefined);
}

/**
 * Every JavaScript path fetched for the first screen, entries first, then breadth-first through
 * static imports; each once, even when the html preloads a chunk that an entry imports as well.
 * `importsOf` returns the static specifiers of the chunk at a path.
 */
export function collectFirstLoad(
  entryUrls: string[],
  importsOf: (path: string) => string[],
  page = '/',
): string[] {
  const order: string[] = [];
  const queue = entryUrls.map((url) => resolvePath(url, page)).filter((path) => path !== undefined);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (order.includes(path)) continue;
    order.push(path);
    for (const specifier of importsOf(path)) {
      const imported = resolvePath(specifier, path);
      if (imported && !order.includes(imported)) queue.push(imported);
    }
  }
  return order;
}
