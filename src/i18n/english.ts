import en from './messages/all.en';
import { createTranslator } from './translator';
import type { Translator } from './translator';

/** The English messages, bundled in the first load; the other languages load on demand (load.ts). */
export const englishMessages = en;

/** The default translator: the CLI without `--lang`, unit tests, and a designer before its choice. */
export const englishTranslator: Translator = createTranslator('en', englishMessages);
