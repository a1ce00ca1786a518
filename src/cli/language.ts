import { englishMessages, englishTranslator } from '../i18n/english';
import { localeFromLanguageTag } from '../i18n/locales';
import type { UserLocale } from '../i18n/locales';
import ru from '../i18n/messages/all.ru';
import { createTranslator } from '../i18n/translator';
import type { Translator } from '../i18n/translator';

/**
 * The language of the CLI's messages (docs/i18n.md, "The command line"): `--lang ru|en` wins, else
 * the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG: `ru_RU.UTF-8` is Russian), else English.
 * Machine output (JSON, schemas, BPMN, JUnit, codes, paths) is the same in every language.
 */
export function cliLocale(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): { locale: UserLocale; rest: string[] } {
  const rest: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') {
      chosen = args[i + 1] ?? '';
      i++;
    } else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  const tag = chosen ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG);
  return { locale: localeFromLanguageTag(tag), rest };
}

/** The translator for a CLI locale; Russian falls back to English for a key it lacks. */
export function cliTranslator(locale: UserLocale): Translator {
  return locale === 'ru' ? createTranslator('ru', ru, englishMessages) : englishTranslator;
}
