/** Writes the README's diagnostics table from the code's tables (src/cli/diagnostics.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { withDiagnosticsTable } from '../src/cli/diagnostics';

const file = new URL('../README.md', import.meta.url);
writeFileSync(file, withDiagnosticsTable(readFileSync(file, 'utf8')));
console.log('README.md: diagnostics table written');
