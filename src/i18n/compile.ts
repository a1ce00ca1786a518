import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { unsupportedElement } from './icu';
import type { CompiledMessage } from './messageTypes';

/** Characters that make a string more than plain text to ICU (docs/i18n.md). */
const ICU_SYNTAX = /[{}'<#]/;

/** True when `text` is shown exactly as written, so no formatter is needed for it. */
export function isPlainText(text: string): boolean {
  return !ICU_SYNTAX.test(text);
}

/** A text to be shown exactly as written (a catalog title), in the form a build's messages take. */
export function literalMessage(text: string): CompiledMessage {
  return isPlainText(text) ? text : [{ type: TYPE.literal, value: text }];
}

/**
 * Parses every message once, at build time, so the browser needs no ICU parser (about 7 kB gzip of
 * the first load; icu.ts formats the result): a message that is only text stays a string, any other becomes its syntax tree.
 * Throws on the first message that does not parse, naming its key.
 */
export function compileMessages(source: Record<string, string>): Record<string, CompiledMessage> {
  const compiled: Record<string, CompiledMessage> = {};
  for (const [key, text] of Object.entries(source)) {
    let ast;
    try {
      ast = parse(text);
    } catch (error) {
      throw new Error(`Message "${key}" is not a valid ICU message: ${(error as Error).message}`);
    }
    const unsupported = unsupportedElement(ast);
    if (unsupported)
      throw new Error(`Message "${key}" uses ${unsupported}, which the designer does not format.`);
    const only = ast.length === 1 ? ast[0] : undefined;
    if (ast.length === 0) compiled[key] = '';
    else if (only?.type === TYPE.literal && isPlainText(only.value)) compiled[key] = only.value;
    else compiled[key] = ast;
  }
  return compiled;
}
