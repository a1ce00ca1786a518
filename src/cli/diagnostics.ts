import { LINT_CODES, lintHelp, lintTitle } from '../domain/lint';
import { LINT_CODE_TEXTS } from '../domain/lint/codeTexts';
import type { Translator } from '../i18n/translator';
import { IO_CODES, ioCodeHelp } from '../io';
import type { IoCode } from '../io';

/** One diagnostic code as the docs list it. */
export interface DiagnosticRow {
  code: string;
  severity: string;
  meaning: string;
}

/** Reading problems (OF0xx) are errors except the notices that a load succeeded with changes. */
const ioSeverity = (code: string) =>
  ['OF005', 'OF006', 'OF007', 'OF008'].includes(code) ? 'warning' : 'error';

/**
 * Every diagnostic code — reading (OF0xx), then lint — from the code's own tables; with a
 * translator, the reading codes' meaning and the lint titles and help in its language (`orderflow codes --lang ru`). The README's
 * table is always written from the English source.
 */
export function diagnosticRows(translator?: Translator): DiagnosticRow[] {
  return [
    ...Object.entries(IO_CODES).map(([code, help]) => ({
      code,
      severity: ioSeverity(code),
      meaning: translator ? ioCodeHelp(code as IoCode, translator) : help,
    })),
    ...Object.entries(LINT_CODES).map(([code, info]) => ({
      code,
      severity: info.severity,
      meaning: translator
        ? `${lintTitle(code, translator)}: ${lintHelp(code, translator)}`
        : `${LINT_CODE_TEXTS[code as keyof typeof LINT_CODE_TEXTS].title}: ${LINT_CODE_TEXTS[code as keyof typeof LINT_CODE_TEXTS].help}`,
    })),
  ];
}

/**
 * The README's diagnostics table, generated from the same rows (`npm run docs:codes` writes it; a
 * unit test fails when the README and the code disagree).
 */
export function diagnosticsMarkdown(): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  return [
    '| code | severity | meaning |',
    '|---|---|---|',
    ...diagnosticRows().map((r) => `| ${r.code} | ${r.severity} | ${escape(r.meaning)} |`),
  ].join('\n');
}

/** Replaces the table under the README's "## Diagnostics" heading; the rest of the text stays. */
export function withDiagnosticsTable(readme: string): string {
  const section = readme.indexOf('## Diagnostics');
  const start = readme.indexOf('| code | severity | meaning |', section);
  if (section === -1 || start === -1)
    throw new Error('README has no diagnostics table under "## Diagnostics"');
  const end = readme.indexOf('\n\n', start);
  return `${readme.slice(0, start)}${diagnosticsMarkdown()}${end === -1 ? '\n' : readme.slice(end)}`;
}
