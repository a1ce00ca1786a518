import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/** A problem found while reading a document: a stable code, where (a JSON path) and what, in plain words. */
export interface IoProblem {
  code: IoCode;
  /** A JSON path such as `$.robots[3].delay.unit`; `$` is the whole document. */
  path: string;
  message: string;
}

/** Codes of reading problems (OF0xx); lint uses OF1xx and up. */
export const IO_CODES = {
  OF001: 'The file is not valid JSON.',
  OF002:
    'The document is not an Orderflow document of the expected kind (its "format" is missing or different).',
  OF003: 'The document\'s "version" is missing, not a whole number, or newer than this Orderflow reads.',
  OF004: 'The document does not match the format: a value is missing, of the wrong type or not allowed.',
  OF005: 'The document was written in an older version of the format and was upgraded on import.',
  OF006:
    'A top-level key that the format does not know; it is kept and exported again unchanged (except "__proto__", which is dropped).',
  OF007: 'A key inside a status, robot or trigger that the format does not know; it is dropped.',
  OF008: 'An upgrade from an older version needed a judgement call; check the result.',
} as const;
export type IoCode = keyof typeof IO_CODES;

/** What a reading code means, in `translator`'s language (IO_CODES is the English, for `--json` lists). */
export function ioCodeHelp(code: IoCode, { t }: Translator = englishTranslator): string {
  return t(`io.code.${code}`);
}

export { jsonPath, type PathSegment } from '../domain/lint/jsonPath';
