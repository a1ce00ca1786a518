import type { Scenario, ScenarioInput } from '../scenario';
import { scenarioSchema } from '../scenario';

/*
 * The three sample scenarios of docs/semantics.md §8 for the default flow. They start on a Monday morning in the
 * flow's time zone (America/Los_Angeles, UTC−8 in early March) so working-hour delays are visible.
 */

const shop = {
  price: 129.9,
  currency: 'USD',
  paid: false,
  canceled: false,
  allowDelivery: false,
  shipped: false,
  deliveryStatus: 'none',
  dateInsert: '2025-03-03T17:00:00Z',
  shopTitle: 'Green Leaf Store',
  shopUrl: 'https://greenleaf.shop.example',
  responsibleId: 'e2',
} as const;

const paidAndDelivered: ScenarioInput = {
  format: 'orderflow.scenario',
  version: 1,
  name: 'Paid and delivered',
  start: { status: 'N', at: '2025-03-03T17:00:00Z' },
  order: { ...shop, id: '1001' },
  contact: {
    name: 'Emma Wilson',
    phones: [{ type: 'MOBILE', value: '+1 415 555 0142' }],
    emails: [{ type: 'HOME', value: 'emma.wilson@mail.example' }],
    chat: 'chat-emma-wilson',
  },
  events: [
    { at: 'PT2H', type: 'payment.received', data: { order: { paid: true } } },
    {
      at: 'P1DT3H',
      type: 'shipment.shipped',
      data: { order: { shipped: true, deliveryStatus: 'shipped', trackingNumber: '1Z999AA10123456784' } },
    },
    { at: 'P4D', type: 'order.delivered', data: { order: { deliveryStatus: 'delivered' } } },
  ],
  expect: [
    { robot: 'n_sms', output: 'text', contains: 'ORD-2025-00001' },
    { robot: 'n_email_reminder', is: 'cancelled' },
    { status: 'P', is: 'entered', by: 'PT2H' },
    { robot: 'p_task', is: 'done', by: 'P1D' },
    { robot: 's_sms_tracking', output: 'text', contains: '1Z999AA10123456784' },
    { status: 'D', is: 'not-entered' },
    { status: 'F', is: 'final' },
    { field: 'order.paid', equals: true },
  ],
};

const neverPaid: ScenarioInput = {
  format: 'orderflow.scenario',
  version: 1,
  name: 'Never paid',
  start: { status: 'N', at: '2025-03-03T17:00:00Z' },
  order: { ...shop, id: '1002', price: 54.5 },
  contact: {
    name: 'Liam Brown',
    phones: [{ type: 'MOBILE', value: '+1 415 555 0157' }],
    emails: [{ type: 'WORK', value: 'liam.brown@company.example' }],
    chat: '',
  },
  events: [],
  expect: [
    { robot: 'n_email_reminder', is: 'done', by: 'P3D' },
    { robot: 'n_cancel', is: 'done', by: 'P7D' },
    { robot: 'd_email_canceled', output: 'body', contains: 'Not paid in time' },
    { status: 'P', is: 'not-entered' },
    { status: 'D', is: 'final' },
    { field: 'order.canceled', equals: true },
  ],
};

const noMobilePhone: ScenarioInput = {
  format: 'orderflow.scenario',
  version: 1,
  name: 'Client without a mobile phone',
  start: { status: 'N', at: '2025-03-03T17:00:00Z' },
  order: { ...shop, id: '1003', price: 310 },
  contact: {
    name: 'Sofia Rossi',
    phones: [{ type: 'WORK', value: '+1 415 555 0177' }],
    emails: [{ type: 'WORK', value: 'sofia.rossi@studio.example' }],
    chat: 'chat-sofia-rossi',
  },
  events: [
    { at: 'P1D', type: 'payment.received', data: { order: { paid: true } } },
    {
      at: 'P2D',
      type: 'shipment.shipped',
      data: { order: { shipped: true, deliveryStatus: 'shipped', trackingNumber: '1Z999AA10123456799' } },
    },
    { at: 'P5D', type: 'order.delivered', data: { order: { deliveryStatus: 'delivered' } } },
  ],
  // What this sample is for: the SMS robots fail for want of a mobile number, and the order goes on.
  expect: [
    { robot: 'n_sms', is: 'failed' },
    { robot: 's_sms_tracking', is: 'failed' },
    { robot: 's_robocall', is: 'done' },
    { status: 'F', is: 'final' },
  ],
};

/** A sample scenario with the file name it is published under (public/samples/SLUG.scenario.json). */
export interface SampleScenario {
  slug: string;
  scenario: Scenario;
}

/** The sample scenarios of docs/semantics.md §8, validated against the scenario schema. */
export const SAMPLE_SCENARIOS: readonly SampleScenario[] = [
  { slug: 'paid-and-delivered', scenario: scenarioSchema.parse(paidAndDelivered) },
  { slug: 'never-paid', scenario: scenarioSchema.parse(neverPaid) },
  { slug: 'no-mobile-phone', scenario: scenarioSchema.parse(noMobilePhone) },
];
