import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { LINT_CODE_TEXTS } from './codeTexts';
import type { LintCode } from './codes';

/*
 * A code's title and help in a language. LINT_CODE_TEXTS stays the English source (the generated
 * diagnostics table, `orderflow codes --json`); screens and the CLI's text output read these, keyed
 * `lint.code.OF101.title` / `.help`. A code this build does not know (a newer server's) is shown as
 * itself with no help.
 */
type Key = Parameters<Translator['t']>[0];

export function lintTitle(code: string, translator: Translator = englishTranslator): string {
  const key = `lint.code.${code}.title`;
  if (translator.has(key)) return translator.t(key as Key);
  return (LINT_CODE_TEXTS as Record<string, { title: string } | undefined>)[code]?.title ?? code;
}

export function lintHelp(code: string, translator: Translator = englishTranslator): string {
  const key = `lint.code.${code}.help`;
  if (translator.has(key)) return translator.t(key as Key);
  return (LINT_CODE_TEXTS as Record<string, { help: string } | undefined>)[code]?.help ?? '';
}

export type { LintCode };
