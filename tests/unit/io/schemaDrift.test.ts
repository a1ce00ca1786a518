import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedPublicFiles } from '../../../src/io/publicFiles';
import { jsonSchemaFor } from '../../../src/io/jsonSchemas';
import { loadFlow, loadScenario } from '../../../src/io';

const root = resolve(import.meta.dirname, '../../..');

describe('generated files under public/', () => {
  for (const file of generatedPublicFiles()) {
    it(`${file.path} matches what the zod schemas and sample modules produce (run \`npm run schema\` when this fails)`, () => {
      expect(readFileSync(resolve(root, file.path), 'utf8')).toBe(file.content);
    });
  }

  it('publishes the three schemas and the default flow with its three scenarios', () => {
    const paths = generatedPublicFiles().map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'public/schema/flow.v1.json',
        'public/schema/scenario.v1.json',
        'public/schema/timeline.v1.json',
        'public/samples/default.flow.json',
      ]),
    );
    expect(paths.filter((p) => p.endsWith('.scenario.json'))).toHaveLength(3);
  });

  it('samples on disk load without errors or warnings', () => {
    for (const file of generatedPublicFiles().filter((f) => f.path.startsWith('public/samples/'))) {
      const text = readFileSync(resolve(root, file.path), 'utf8');
      const result = file.path.endsWith('.flow.json') ? loadFlow(text) : loadScenario(text);
      expect(result.ok ? result.warnings : result.errors, file.path).toEqual([]);
    }
  });
});

describe('the JSON Schemas', () => {
  it('name the recursive condition and the delay instead of generated ids', () => {
    const schema = jsonSchemaFor('flow') as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs).sort()).toEqual(['Condition', 'Delay']);
    expect(JSON.stringify(schema)).not.toContain('__schema');
  });

  it('describe the input form: keys with defaults are optional', () => {
    const schema = jsonSchemaFor('flow') as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'id', 'name', 'statuses']));
    expect(schema.required).not.toContain('robots');
  });
});
