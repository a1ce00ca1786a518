/*
 * Monaco from the local package, JSON only. Imported solely by the lazily loaded editor, so none of
 * this reaches the first bundle. monaco-editor 0.56 made the ESM build tree-shakeable: the bare
 * `monaco-editor/editor` API has no languages and no editor features, so each one used is opted into
 * here (the full `monaco-editor` entry would pull in every language and the TypeScript worker).
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/smartSelect/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { loader } from '@monaco-editor/react';
import { jsonSchemaFor } from '../../io/jsonSchemas';

/** The model path the flow schema is attached to (`fileMatch` globs on the file name). */
export const FLOW_MODEL_PATH = 'inmemory://orderflow/flow.orderflow.json';
const FLOW_SCHEMA_URI = 'https://orderflow.invalid/schema/flow.v1.json';

// Vite bundles both workers as separate files; no CDN, no blob URLs built from strings.
self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

/*
 * The schema is generated from the zod schema, the same function that writes
 * public/schema/flow.v1.json (a drift test keeps them equal); importing the file from public/ would
 * make Vite serve it twice and warn.
 */
jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  enableSchemaRequest: false,
  schemaValidation: 'error',
  schemas: [{ uri: FLOW_SCHEMA_URI, fileMatch: ['flow.orderflow.json'], schema: jsonSchemaFor('flow') }],
});

// @monaco-editor/react would otherwise fetch monaco from a CDN.
loader.config({ monaco });

export { monaco };
