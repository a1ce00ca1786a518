import { describe, expect, it } from 'vitest';
import { SUMMARY } from './summaryContext';
import { TRIGGER_DEFINITIONS } from '../../../src/domain/catalog';
import type { TriggerType } from '../../../src/domain/types';

/** Triggers whose type-specific settings filter events (docs/semantics.md §3.2): filled settings and summaries. */
const WITH_SETTINGS: Partial<
  Record<TriggerType, { fill: Record<string, unknown>; summary: string; draft: string }>
> = {
  'email.linkClicked': {
    fill: { url: 'https://shop.example/track' },
    summary: 'When the client clicks https://shop.example/track',
    draft: 'When the client clicks a link (no link yet)',
  },
  'call.incoming': {
    fill: { lineId: 'num-main' },
    summary: 'When the client calls on Main line',
    draft: 'When the client calls',
  },
  'call.missed': {
    fill: { lineId: 'num-main' },
    summary: 'When a call from the client is missed on Main line',
    draft: 'When a call from the client is missed',
  },
  'form.submitted': {
    fill: { formId: 'form-feedback' },
    summary: 'When the client submits Feedback form',
    draft: 'When the client submits a form',
  },
  'callback.requested': {
    fill: { formId: 'form-callback' },
    summary: 'When the client requests a callback (form Callback request)',
    draft: 'When the client requests a callback',
  },
  'shipment.changed': {
    fill: { shipmentCondition: { field: 'shipment.deliveryStatus', op: 'eq', value: 'delivered' } },
    summary: 'When the shipment changes and 1 condition holds',
    draft: 'When the shipment changes',
  },
  webhook: {
    fill: { code: 'a1B2-c3_d4' },
    summary: 'When webhook a1B2-c3_d4 is called',
    draft: 'When the webhook is called (no code yet)',
  },
  'chat.message': {
    fill: { channelId: 'oc-site', firstOnly: true },
    summary: 'When the client writes the first message in chat (Website live chat)',
    draft: 'When the client writes a message in chat',
  },
  'document.created': {
    fill: { templateId: 'doc-invoice' },
    summary: 'When a document “Invoice” is created',
    draft: 'When a document is created',
  },
};

const entries = Object.entries(TRIGGER_DEFINITIONS) as [
  TriggerType,
  (typeof TRIGGER_DEFINITIONS)[TriggerType],
][];

describe.each(entries)('trigger %s', (type, def) => {
  const c = WITH_SETTINGS[type];
  const filled = { ...def.defaults, ...c?.fill };

  it('accepts its defaults once the required settings are filled', () => {
    expect(def.settingsSchema.safeParse(filled).error?.issues ?? []).toEqual([]);
  });

  // Only types with a required setting register this test (the list is asserted non-empty below).
  const required = def.fields.filter((f) => f.required);
  if (required.length > 0)
    it('reports each setting its form marks required as missing when it is removed', () => {
      for (const field of required) {
        const { [field.key]: _removed, ...rest } = filled;
        const paths = def.settingsSchema.safeParse(rest).error?.issues.map((i) => i.path.join('.'));
        expect(paths, field.key).toContain(field.key);
      }
    });

  it('summarises its settings for the card', () => {
    const summary = def.summary(filled, SUMMARY);
    expect(summary).toMatch(/^When /);
    if (c) {
      expect(summary).toBe(c.summary);
      expect(def.summary(def.defaults, SUMMARY)).toBe(c.draft);
    }
  });

  it('has form fields exactly for its type-specific settings', () => {
    expect(def.fields.map((f) => f.key).sort()).toEqual(Object.keys(c?.fill ?? {}).sort());
  });
});

it('some trigger types declare required settings, so the check above runs', () => {
  expect(entries.filter(([, def]) => def.fields.some((f) => f.required)).length).toBeGreaterThan(0);
});

describe('trigger settings details', () => {
  const issues = (type: TriggerType, settings: unknown) =>
    (TRIGGER_DEFINITIONS[type].settingsSchema.safeParse(settings).error?.issues ?? []).map((i) => [
      i.path.join('.'),
      i.message,
    ]);

  it('requires the link of Email link clicked', () => {
    expect(issues('email.linkClicked', { url: '' })).toEqual([['url', 'Enter the link to watch']]);
  });

  it('requires a webhook code but lets the draft leave it for the designer to generate', () => {
    expect(TRIGGER_DEFINITIONS.webhook.defaults).toEqual({ code: '' });
    expect(issues('webhook', { code: '' })[0]).toEqual(['code', 'The webhook needs a code']);
    expect(issues('webhook', { code: 'has space' })).toEqual([
      ['code', 'The webhook code uses letters, digits, - and _ only'],
    ]);
  });

  it('accepts only shipment.* fields in a shipment condition, reporting the offending leaf', () => {
    const condition = {
      all: [
        { field: 'shipment.trackingNumber', op: 'notEmpty' },
        { field: 'order.paid', op: 'eq', value: true },
      ],
    };
    expect(issues('shipment.changed', { shipmentCondition: condition })).toEqual([
      ['shipmentCondition.all.1.field', 'A shipment condition reads shipment.* fields, not "order.paid"'],
    ]);
  });

  it('rejects values of the wrong type in filters', () => {
    expect(issues('chat.message', { firstOnly: 'yes' })).toEqual([
      ['firstOnly', 'First message only is on or off'],
    ]);
    expect(issues('form.submitted', { formId: 3 })).toHaveLength(1);
  });

  it('reads the reference lists the semantics name', () => {
    const ref = (type: TriggerType, key: string) =>
      TRIGGER_DEFINITIONS[type].fields.find((f) => f.key === key)?.reference;
    expect(ref('form.submitted', 'formId')).toBe('forms');
    expect(ref('callback.requested', 'formId')).toBe('forms');
    expect(ref('chat.message', 'channelId')).toBe('openChannels');
    expect(ref('document.created', 'templateId')).toBe('documentTemplates');
    expect(TRIGGER_DEFINITIONS['shipment.changed'].fields[0]?.widget).toBe('condition');
    expect(TRIGGER_DEFINITIONS.webhook.fields[0]).toMatchObject({ widget: 'webhookCode', required: true });
  });
});
