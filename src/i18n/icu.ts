import { TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageValues } from './messageTypes';

/**
 * Formats a message already parsed by FormatJS's ICU parser (at build time for the browser, see
 * compile.ts; at first use in the CLI and tests). It covers what our messages use — text,
 * `{arg}`, `{n, number}`, `{d, date|time, short|medium|long|full}`, `plural` (with `=N`, `#`
 * and `offset`), `selectordinal` and `select` — in about 1 kB, where intl-messageformat's runtime
 * would add 3 kB gzip to the first load. Anything else is refused when the messages are checked
 * (compile.ts), so it cannot reach a screen.
 */
export function formatElements(
  elements: MessageFormatElement[],
  locale: string,
  values: MessageValues = {},
): string {
  return elements.map((element) => formatElement(element, locale, values, undefined)).join('');
}

function formatElement(
  element: MessageFormatElement,
  locale: string,
  values: MessageValues,
  pound: { value: number; text: string } | undefined,
): string {
  switch (element.type) {
    case TYPE.literal:
      return element.value;
    case TYPE.pound:
      return pound?.text ?? '#';
    case TYPE.argument:
      return textOf(values[element.value], locale);
    case TYPE.number: {
      const value = values[element.value];
      return typeof value === 'number'
        ? numberFormat(locale, element.style === 'percent').format(value)
        : textOf(value, locale);
    }
    case TYPE.date:
    case TYPE.time: {
      const value = values[element.value];
      const style = (typeof element.style === 'string' ? element.style : 'medium') as
        'short' | 'medium' | 'long' | 'full';
      const options: Intl.DateTimeFormatOptions =
        element.type === TYPE.date ? { dateStyle: style } : { timeStyle: style };
      return value instanceof Date || typeof value === 'number'
        ? new Intl.DateTimeFormat(locale, options).format(value)
        : textOf(value, locale);
    }
    case TYPE.select: {
      const key = String(values[element.value]);
      const option = element.options[key] ?? element.options.other;
      return option ? option.value.map((e) => formatElement(e, locale, values, pound)).join('') : '';
    }
    case TYPE.plural: {
      const raw = values[element.value];
      const value = typeof raw === 'number' ? raw : Number(raw);
      const shifted = value - element.offset;
      const exact = element.options[`=${value}`];
      const category = pluralRules(locale, element.pluralType ?? 'cardinal').select(shifted);
      const option = exact ?? element.options[category] ?? element.options.other;
      const hash = { value: shifted, text: numberFormat(locale, false).format(shifted) };
      return option ? option.value.map((e) => formatElement(e, locale, values, hash)).join('') : '';
    }
    case TYPE.tag:
      // Refused by compile.ts: our messages are plain text, markup belongs to the components.
      return element.children.map((e) => formatElement(e, locale, values, pound)).join('');
  }
}

/*
 * Intl objects are costly to build (a quarter of a millisecond each) and a screen formats hundreds
 * of numbered labels per render ("Event 3 time"): one per locale and style, built once.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRulesCache = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string, percent: boolean): Intl.NumberFormat {
  const key = `${locale}|${percent}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, percent ? { style: 'percent' } : {});
    numberFormats.set(key, format);
  }
  return format;
}

function pluralRules(locale: string, type: Intl.PluralRuleType): Intl.PluralRules {
  const key = `${locale}|${type}`;
  let rules = pluralRulesCache.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { type });
    pluralRulesCache.set(key, rules);
  }
  return rules;
}

function textOf(value: MessageValues[string], locale: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return numberFormat(locale, false).format(value);
  if (value instanceof Date) return new Intl.DateTimeFormat(locale).format(value);
  return String(value);
}

/** Why a parsed message cannot be formatted here, or null when it can (see formatElements). */
export function unsupportedElement(elements: MessageFormatElement[]): string | null {
  for (const element of elements) {
    if (element.type === TYPE.tag) return `the tag <${element.value}> (markup belongs to the component)`;
    if (
      (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) &&
      element.style &&
      typeof element.style !== 'string'
    )
      return `the skeleton of {${element.value}} (format the value with the translator's helpers)`;
    if (
      element.type === TYPE.number &&
      element.style &&
      element.style !== 'percent' &&
      element.style !== 'integer'
    )
      return `the number style "${element.style}" of {${element.value}}`;
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) {
        const inner = unsupportedElement(option.value);
        if (inner) return inner;
      }
  }
  return null;
}
