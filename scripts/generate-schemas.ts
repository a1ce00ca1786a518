/**
 * `npm run schema`: writes the JSON Schemas (public/schema/*.v1.json, generated from the zod schemas)
 * and the sample documents (public/samples/, from src/domain/samples). A unit test fails when the
 * committed files drift from what this script would write.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generatedPublicFiles } from '../src/io/publicFiles';

const root = resolve(import.meta.dirname, '..');

for (const file of generatedPublicFiles()) {
  const target = resolve(root, file.path);
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === file.content) {
    console.log(`unchanged ${file.path}`);
    continue;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  console.log(`wrote     ${file.path}`);
}
