import { catalogTitle } from '../../i18n/catalogText';
import { englishTranslator } from '../../i18n/english';
import type { DurationUnit } from '../../i18n/format';
import type { Translator } from '../../i18n/translator';
import type { EventType } from '../types';
import type { EmailType, PhoneType } from './contactTypes';

/**
 * One what-if choice as data, so the page words it in the designer's language (the worker that made
 * it does not know the language, and the language may change after the batch ran).
 */
export type ChoiceText =
  | { kind: 'event'; type: EventType; at: string; happens: boolean }
  | { kind: 'phones'; chosen: PhoneType[]; of: PhoneType[] }
  | { kind: 'emails'; chosen: EmailType[]; of: EmailType[] }
  | { kind: 'paid'; paid: boolean }
  | { kind: 'smsProvider'; configured: boolean };

export interface ChoiceWordsOptions {
  /** The flow's time zone, for an event given at an instant (docs/semantics.md §4). */
  timezone?: string;
}

const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** When a scenario event comes, in words: "in 2 hours", "at the start", or its date in the flow's zone. */
export function eventWhen(
  at: string,
  options: ChoiceWordsOptions = {},
  tr: Translator = englishTranslator,
): string {
  const m = ISO_DURATION.exec(at);
  if (m && at !== 'P' && !at.endsWith('T')) {
    const units: [number, DurationUnit][] = [
      [Number(m[1] ?? 0), 'week'],
      [Number(m[2] ?? 0), 'day'],
      [Number(m[3] ?? 0), 'hour'],
      [Number(m[4] ?? 0), 'minute'],
    ];
    const parts = units.filter(([n]) => n > 0).map(([n, unit]) => tr.duration(n, unit));
    if (parts.length === 0) return tr.t('simulator.batch.when.start');
    return tr.t('simulator.batch.when.after', { duration: parts.join(' ') });
  }
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  return tr.t('simulator.batch.when.at', { date: tr.dateTime(at, options.timezone ?? 'UTC') });
}

/** A scenario event as a person reads it: "Payment in 2 hours". */
export function eventWords(
  event: { type: EventType; at: string },
  options: ChoiceWordsOptions = {},
  tr: Translator = englishTranslator,
): string {
  return tr.t('simulator.batch.event', {
    event: catalogTitle(tr, 'trigger', event.type),
    when: eventWhen(event.at, options, tr),
  });
}

/** A contact point type in words: "mobile", "рабочий". */
export const phoneTypeWords = (type: PhoneType, tr: Translator = englishTranslator) =>
  tr.t('simulator.batch.phoneType', { type });
export const emailTypeWords = (type: EmailType, tr: Translator = englishTranslator) =>
  tr.t('simulator.batch.emailType', { type });

/** One choice in words: "Phones: mobile + work", "Paid at start". */
export function choiceWords(
  choice: ChoiceText,
  options: ChoiceWordsOptions = {},
  tr: Translator = englishTranslator,
): string {
  switch (choice.kind) {
    case 'event':
      return tr.t('simulator.batch.choice.event', {
        event: eventWords(choice, options, tr),
        happens: choice.happens ? 'yes' : 'no',
      });
    case 'phones':
      return choice.chosen.length
        ? tr.t('simulator.batch.choice.phones', {
            types: choice.chosen.map((type) => phoneTypeWords(type, tr)).join(' + '),
          })
        : tr.t('simulator.batch.choice.phones.none', {
            types: choice.of.map((type) => phoneTypeWords(type, tr)).join(', '),
          });
    case 'emails':
      return choice.chosen.length
        ? tr.t('simulator.batch.choice.emails', {
            types: choice.chosen.map((type) => emailTypeWords(type, tr)).join(' + '),
          })
        : tr.t('simulator.batch.choice.emails.none', {
            types: choice.of.map((type) => emailTypeWords(type, tr)).join(', '),
          });
    case 'paid':
      return tr.t(choice.paid ? 'simulator.batch.choice.paid' : 'simulator.batch.choice.unpaid');
    case 'smsProvider':
      return tr.t(choice.configured ? 'simulator.batch.choice.sms.given' : 'simulator.batch.choice.sms.none');
  }
}

/** A whole combination in words: its choices joined by " · ", or "As given" when nothing varies. */
export function variantWords(
  choices: readonly ChoiceText[],
  options: ChoiceWordsOptions = {},
  tr: Translator = englishTranslator,
): string {
  return choices.map((c) => choiceWords(c, options, tr)).join(' · ') || tr.t('simulator.batch.asGiven');
}
