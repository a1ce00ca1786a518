import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../../src/io/api';

const spec = JSON.parse(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8')) as {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
};
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

const documented = Object.entries(spec.paths)
  .flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => METHODS.includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  )
  .sort();
const called = Object.values(API_ROUTES)
  .map((r) => `${r.method} ${r.path}`)
  .sort();

/** Follows a JSON pointer (`#/a/b` or `file.json#/a/b`) from the docs folder. */
function resolve(ref: string): unknown {
  const [file, pointer = ''] = ref.split('#');
  const root = file
    ? JSON.parse(readFileSync(new URL(`../../../docs/${file}`, import.meta.url), 'utf8'))
    : spec;
  return pointer
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
}

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('docs/openapi.json, the API contract', () => {
  it('is OpenAPI 3.1', () => expect(spec.openapi).toMatch(/^3\.1\./));

  it('documents every endpoint the client calls, and only those', () => {
    expect(documented).toEqual(called);
  });

  it('documents the failures the client handles: 409 on save and publish, 422 on publish', () => {
    expect(Object.keys(spec.paths['/api/flows/{id}']!.put!.responses)).toContain('409');
    expect(Object.keys(spec.paths['/api/flows/{id}/publish']!.post!.responses)).toEqual(
      expect.arrayContaining(['200', '409', '422']),
    );
  });

  it('has no dangling $ref (the flow and environment schemas are the published JSON Schemas)', () => {
    for (const ref of new Set(refs(spec))) expect(resolve(ref), ref).toBeDefined();
  });
});
