import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/** The order field catalog of docs/semantics.md §2: the paths conditions, delays and templates may use. */

export type FieldType = 'string' | 'number' | 'boolean' | 'datetime' | 'enum' | 'phones' | 'emails';

export interface FieldInfo {
  path: string;
  type: FieldType;
  label: string;
  /** Which part of the order the field belongs to, for grouping in pickers. */
  group: 'order' | 'contact' | 'company' | 'responsible' | 'shipment' | 'custom';
  enumValues?: readonly string[];
  /** Only usable inside a `shipment.changed` trigger's shipmentCondition. */
  shipmentOnly?: boolean;
  note?: string;
}

export const PHONE_TYPES = ['MOBILE', 'WORK', 'HOME', 'OTHER'] as const;
export const EMAIL_TYPES = ['WORK', 'HOME', 'MAILING', 'OTHER'] as const;
export const DELIVERY_STATUSES = ['none', 'allowed', 'shipped', 'delivered'] as const;

const f = (
  path: string,
  type: FieldType,
  label: string,
  group: FieldInfo['group'],
  extra: Partial<FieldInfo> = {},
): FieldInfo => ({
  path,
  type,
  label,
  group,
  ...extra,
});

export const FIELD_CATALOG: readonly FieldInfo[] = [
  f('order.id', 'string', 'Order ID', 'order'),
  f('order.accountNumber', 'string', 'Order number', 'order', {
    note: 'The order number shown to the client',
  }),
  f('order.price', 'number', 'Order amount', 'order'),
  f('order.currency', 'string', 'Currency', 'order'),
  f('order.paid', 'boolean', 'Paid', 'order'),
  f('order.canceled', 'boolean', 'Canceled', 'order'),
  f('order.cancelReason', 'string', 'Cancellation reason', 'order'),
  f('order.allowDelivery', 'boolean', 'Delivery allowed', 'order'),
  f('order.shipped', 'boolean', 'Shipped', 'order'),
  f('order.trackingNumber', 'string', 'Tracking number', 'order'),
  f('order.deliveryStatus', 'enum', 'Delivery status', 'order', { enumValues: DELIVERY_STATUSES }),
  f('order.dateInsert', 'datetime', 'Created on', 'order'),
  f('order.paymentDueDate', 'datetime', 'Payment due date', 'order'),
  f('order.deliveryDate', 'datetime', 'Delivery date', 'order'),
  f('order.shopTitle', 'string', 'Shop title', 'order'),
  f('order.shopUrl', 'string', 'Shop URL', 'order'),
  f('order.responsibleId', 'string', 'Responsible person (id)', 'order'),
  f('contact.name', 'string', 'Contact name', 'contact'),
  f('contact.phones', 'phones', 'Contact phones', 'contact'),
  f('contact.emails', 'emails', 'Contact emails', 'contact'),
  f('contact.chat', 'string', 'Contact chat id', 'contact'),
  f('company.name', 'string', 'Company name', 'company'),
  f('company.phones', 'phones', 'Company phones', 'company'),
  f('company.emails', 'emails', 'Company emails', 'company'),
  f('responsible.name', 'string', 'Responsible person name', 'responsible'),
  f('responsible.email', 'string', 'Responsible person email', 'responsible'),
  f('shipment.deliveryStatus', 'enum', 'Shipment delivery status', 'shipment', {
    enumValues: DELIVERY_STATUSES,
    shipmentOnly: true,
  }),
  f('shipment.trackingNumber', 'string', 'Shipment tracking number', 'shipment', { shipmentOnly: true }),
  f('shipment.deliveryService', 'string', 'Delivery service', 'shipment', { shipmentOnly: true }),
  f('shipment.allowDelivery', 'boolean', 'Shipment delivery allowed', 'shipment', { shipmentOnly: true }),
  f('shipment.shipped', 'boolean', 'Shipment shipped', 'shipment', { shipmentOnly: true }),
];

/** A custom order field declared by the backend's reference data (`environment.customFields`). */
export interface CustomFieldDecl {
  name: string;
  type: FieldType | 'any';
}

const byPath = new Map(FIELD_CATALOG.map((info) => [info.path, info]));

/**
 * Looks a path up in the catalog, including `order.custom.NAME` for declared custom fields.
 * An undeclared custom field is still known (type `any`) only when `customFields` is not given.
 */
export function findField(path: string, customFields?: readonly CustomFieldDecl[]): FieldInfo | undefined {
  const known = byPath.get(path);
  if (known) return known;
  const custom = /^order\.custom\.([A-Za-z0-9_]+)$/.exec(path);
  if (!custom) return undefined;
  const name = custom[1]!;
  if (!customFields) return undefined;
  const decl = customFields.find((c) => c.name === name);
  if (!decl) return undefined;
  const type: FieldType = decl.type === 'any' ? 'string' : decl.type;
  return { path, type, label: name, group: 'custom' };
}

/** The fields a condition or template outside a shipment condition may use. */
export function orderFields(customFields: readonly CustomFieldDecl[] = []): FieldInfo[] {
  return [
    ...FIELD_CATALOG.filter((info) => !info.shipmentOnly),
    ...customFields.map((c): FieldInfo => ({
      path: `order.custom.${c.name}`,
      type: c.type === 'any' ? 'string' : c.type,
      label: c.name,
      group: 'custom',
    })),
  ];
}

/** Fields a `shipment.changed` trigger's shipmentCondition may use. */
export const SHIPMENT_FIELDS: readonly FieldInfo[] = FIELD_CATALOG.filter((info) => info.shipmentOnly);

/** Datetime fields: the valid bases of `after`, `before` and `at` delays. */
export function datetimeFields(customFields: readonly CustomFieldDecl[] = []): FieldInfo[] {
  return orderFields(customFields).filter((info) => info.type === 'datetime');
}

/**
 * A field's label in the translator's language (`catalog.field.<path>`); a custom field reads as its
 * declared name, a path the catalog lacks as itself. `FieldInfo.label` stays the English source.
 */
export function fieldLabel(
  path: string,
  translator: Translator = englishTranslator,
  customFields?: readonly CustomFieldDecl[],
): string {
  const info = findField(path, customFields);
  const key = `catalog.field.${path}`;
  if (info && byPath.has(path) && translator.has(key))
    return translator.t(key as Parameters<Translator['t']>[0]);
  return info?.label ?? path;
}

/** A field's note (`catalog.field.<path>.note`) in the translator's language, when it has one. */
export function fieldNote(path: string, translator: Translator = englishTranslator): string | undefined {
  const note = byPath.get(path)?.note;
  const key = `catalog.fieldNote.${path}`;
  if (note === undefined) return undefined;
  return translator.has(key) ? translator.t(key as Parameters<Translator['t']>[0]) : note;
}
