import type { CustomFieldDecl, FieldInfo, FieldType } from '../fields';
import { FIELD_CATALOG } from '../fields';
import { DEFAULT_ENVIRONMENT } from '../reference/defaultEnvironment';
import type { Company, Contact, Employee, OrderFields } from '../scenario';
import { renderTemplate } from '../templates';
import { englishTranslator } from '../../i18n/english';
import type { Locale } from '../../i18n/locales';
import type { Translator } from '../../i18n/translator';
import { sampleScenariosFor } from './byLocale';

/*
 * "The sample order": the first sample scenario's order and contact, completed so that every field
 * of the catalog (docs/semantics.md §2) and every declared custom field has a value — the values a run
 * adds by the time messages go out (an order number, a tracking number) included. Previews render
 * with it, so the first insert a manager types never previews as nothing; lint measures SMS texts
 * with it, so a text is as long as a real one.
 */

export interface SampleOrder {
  order: OrderFields;
  contact: Contact;
  company?: Company | undefined;
  /** The event data a `shipment.changed` trigger reads (docs/semantics.md §2, shipment.*). */
  shipment?: Record<string, unknown> | undefined;
}

/** Values that read like a real order where a generic one by type would look odd. */
const TYPICAL: Readonly<Record<string, unknown>> = {
  'order.id': '1001',
  'order.accountNumber': 'ORD-2025-00001',
  'order.currency': 'USD',
  'order.cancelReason': 'Not paid in time',
  'order.trackingNumber': '1Z999AA10123456784',
  'order.deliveryStatus': 'shipped',
  'order.paymentDueDate': '2025-03-06T17:00:00Z',
  'order.deliveryDate': '2025-03-07T17:00:00Z',
  'order.shopTitle': 'Green Leaf Store',
  'order.shopUrl': 'https://greenleaf.shop.example',
  'order.responsibleId': DEFAULT_ENVIRONMENT.employees[0]?.id ?? 'e1',
  'contact.name': 'Emma Wilson',
  'contact.chat': 'chat-emma-wilson',
  'company.name': 'Wilson & Co',
  'company.phones': [{ type: 'WORK', value: '+1 415 555 0190' }],
  'company.emails': [{ type: 'WORK', value: 'orders@wilson.example' }],
  'shipment.deliveryStatus': 'shipped',
  'shipment.trackingNumber': '1Z999AA10123456784',
  'shipment.deliveryService': 'UPS',
};

/** The same typical values for a Russian shop (the Russian default design's sample order). */
const TYPICAL_RU: Readonly<Record<string, unknown>> = {
  ...TYPICAL,
  'order.currency': 'RUB',
  'order.cancelReason': 'не оплачен в срок',
  'order.trackingNumber': 'RA123456785RU',
  'order.paymentDueDate': '2025-03-06T06:00:00Z',
  'order.deliveryDate': '2025-03-07T06:00:00Z',
  'order.shopTitle': 'Зелёный лист',
  'order.shopUrl': 'https://zelenyi-list.example',
  'contact.name': 'Анна Смирнова',
  'contact.chat': 'chat-anna-smirnova',
  'company.name': 'ООО «Смирнов и партнёры»',
  'company.phones': [{ type: 'WORK', value: '+7 495 987-65-43' }],
  'company.emails': [{ type: 'WORK', value: 'zakaz@smirnov.example' }],
  'shipment.trackingNumber': 'RA123456785RU',
  'shipment.deliveryService': 'Почта России',
};

/**
 * A plausible value of a field's type, for fields (and custom fields) with no typical value; a text
 * names its field in the translator's language: "Sample gift note", «Пример: gift note».
 */
export function sampleValueOfType(
  type: FieldType | 'any',
  label: string,
  enumValues?: readonly string[],
  { t, locale }: Translator = englishTranslator,
) {
  switch (type) {
    case 'string':
    case 'any':
      return t('samples.value.text', { label: label.toLocaleLowerCase(locale) });
    case 'number':
      return 120;
    case 'boolean':
      return true;
    case 'datetime':
      return '2025-03-03T17:00:00Z';
    case 'enum':
      return enumValues?.[enumValues.length - 1] ?? '';
    case 'phones':
      return [{ type: 'MOBILE', value: '+1 415 555 0142' }];
    case 'emails':
      return [{ type: 'HOME', value: 'emma.wilson@mail.example' }];
  }
}

/** The sample value of one catalog field (a Russian shop's for `ru`). */
export function sampleFieldValue(
  field: FieldInfo,
  locale: Locale | string = 'en',
  translator: Translator = englishTranslator,
): unknown {
  const typical = locale === 'ru' ? TYPICAL_RU : TYPICAL;
  return typical[field.path] ?? sampleValueOfType(field.type, field.label, field.enumValues, translator);
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length);

/** Sets `value` under `keys` unless a non-empty value is already there (the given sample wins). */
function fill(root: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let at = root;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    at = next && typeof next === 'object' ? (next as Record<string, unknown>) : (at[key] = {});
  }
  const last = keys[keys.length - 1]!;
  if (isEmpty(at[last])) at[last] = value;
}

/**
 * `sample` with a value for every catalog field and every declared custom field; the values it
 * already has are kept. `responsible.*` is derived from order.responsibleId and needs no value of its own.
 * `locale` chooses whose shop the typical values are; `translator` words the generic ones.
 */
export function completeSample(
  sample: SampleOrder,
  customFields: readonly CustomFieldDecl[] = [],
  locale: Locale | string = 'en',
  translator: Translator = englishTranslator,
): SampleOrder {
  const root: Record<string, unknown> = structuredClone({
    order: sample.order,
    contact: sample.contact,
    company: sample.company ?? {},
    shipment: sample.shipment ?? {},
  });
  for (const field of FIELD_CATALOG) {
    if (field.group === 'responsible') continue;
    fill(root, field.path.split('.'), sampleFieldValue(field, locale, translator));
  }
  for (const c of customFields)
    fill(root, ['order', 'custom', c.name], sampleValueOfType(c.type, c.name, undefined, translator));
  return root as unknown as SampleOrder;
}

/**
 * The default sample: the first sample scenario's order, completed. For `ru`, that of the Russian
 * default design (a Moscow client, a +7 phone, roubles).
 */
export function defaultSample(
  customFields: readonly CustomFieldDecl[] = [],
  locale: Locale | string = 'en',
  translator: Translator = englishTranslator,
): SampleOrder {
  const { order, contact, company } = sampleScenariosFor(locale)[0]!.scenario;
  return completeSample({ order, contact, company }, customFields, locale, translator);
}

/** Reads a path from a sample as a run would (responsible.* through the employees list). */
export function readSample(
  sample: SampleOrder,
  path: string,
  employees: readonly Employee[] = DEFAULT_ENVIRONMENT.employees,
): unknown {
  const [head, ...rest] = path.split('.');
  const root: unknown =
    head === 'order'
      ? sample.order
      : head === 'contact'
        ? sample.contact
        : head === 'company'
          ? sample.company
          : head === 'shipment'
            ? sample.shipment
            : head === 'responsible'
              ? employees.find((e) => e.id === sample.order.responsibleId)
              : undefined; // robots.ID.KEY: outputs of a run, unknown before it
  let value = root;
  for (const key of rest)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/*
 * The default sample of each translator's language, made once. It is made again when the language's
 * samples arrive (loadSamples): asked for before, a language gets the English ones.
 */
const samples = new WeakMap<Translator, { from: readonly unknown[]; sample: SampleOrder }>();
function sampleIn(translator: Translator): SampleOrder {
  const from = sampleScenariosFor(translator.locale);
  let made = samples.get(translator);
  if (made?.from !== from) {
    made = { from, sample: defaultSample([], translator.locale, translator) };
    samples.set(translator, made);
  }
  return made.sample;
}

/**
 * A template rendered with the sample order of the translator's language, a Russian shop's for
 * Russian (docs/semantics.md §4 rule 10; unknown values render empty). Lint measures SMS texts with
 * it and so does the inspector's counter: in one language they count the same parts.
 */
export const renderWithSampleOrder = (text: string, translator: Translator = englishTranslator): string =>
  renderTemplate(text, (path) => readSample(sampleIn(translator), path));
