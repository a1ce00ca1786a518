import type { ScenarioInput } from '../scenario';
import { scenarioSchema } from '../scenario';
import type { SampleScenario } from './scenarios';

/*
 * The three sample scenarios for the Russian default design (defaultFlow.ru.ts): the same slugs,
 * events, offsets and expectations as scenarios.ts, with Russian clients, prices in roubles and a
 * start on Monday 09:00 Moscow time (UTC+3, no daylight saving), so every robot runs at the same
 * local time as in the English samples.
 */

const shop = {
  price: 4990,
  currency: 'RUB',
  paid: false,
  canceled: false,
  allowDelivery: false,
  shipped: false,
  deliveryStatus: 'none',
  dateInsert: '2025-03-03T06:00:00Z',
  shopTitle: 'Зелёный лист',
  shopUrl: 'https://zelenyi-list.example',
  responsibleId: 'e2',
} as const;

const paidAndDelivered: ScenarioInput = {
  format: 'orderflow.scenario',
  version: 1,
  name: 'Оплачен и доставлен',
  start: { status: 'N', at: '2025-03-03T06:00:00Z' },
  order: { ...shop, id: '1001' },
  contact: {
    name: 'Анна Смирнова',
    phones: [{ type: 'MOBILE', value: '+7 916 123-45-67' }],
    emails: [{ type: 'HOME', value: 'anna.smirnova@mail.example' }],
    chat: 'chat-anna-smirnova',
  },
  events: [
    { at: 'PT2H', type: 'payment.received', data: { order: { paid: true } } },
    {
      at: 'P1DT3H',
      type: 'shipment.shipped',
      data: { order: { shipped: true, deliveryStatus: 'shipped', trackingNumber: 'RA123456785RU' } },
    },
    { at: 'P4D', type: 'order.delivered', data: { order: { deliveryStatus: 'delivered' } } },
  ],
  expect: [
    { robot: 'n_sms', output: 'text', contains: 'ORD-2025-00001' },
    { robot: 'n_email_reminder', is: 'cancelled' },
    { status: 'P', is: 'entered', by: 'PT2H' },
    { robot: 'p_task', is: 'done', by: 'P1D' },
    { robot: 's_sms_tracking', output: 'text', contains: 'RA123456785RU' },
    { status: 'D', is: 'not-entered' },
    { status: 'F', is: 'final' },
    { field: 'order.paid', equals: true },
  ],
};

const neverPaid: ScenarioInput = {
  format: 'orderflow.scenario',
  version: 1,
  name: 'Заказ не оплачен',
  start: { status: 'N', at: '2025-03-03T06:00:00Z' },
  order: { ...shop, id: '1002', price: 2450 },
  contact: {
    name: 'Дмитрий Козлов',
    phones: [{ type: 'MOBILE', value: '+7 903 555-12-34' }],
    emails: [{ type: 'WORK', value: 'd.kozlov@company.example' }],
    chat: '',
  },
  events: [],
  expect: [
    { robot: 'n_email_reminder', is: 'done', by: 'P3D' },
    { robot: 'n_cancel', is: 'done', by: 'P7D' },
    { robot: 'd_email_canceled', output: 'body', contains: 'не оплачен в срок' },
    { status: 'P', is: 'not-entered' },
    { status: 'D', is: 'final' },
    { field: 'order.canceled', equals: true },
  ],
};

const noMobilePhone: ScenarioInput = {
  format: 'orderflow.scenario',
  version: 1,
  name: 'У клиента нет мобильного',
  start: { status: 'N', at: '2025-03-03T06:00:00Z' },
  order: { ...shop, id: '1003', price: 12800 },
  contact: {
    name: 'Екатерина Волкова',
    phones: [{ type: 'WORK', value: '+7 495 123-45-67' }],
    emails: [{ type: 'WORK', value: 'e.volkova@studio.example' }],
    chat: 'chat-ekaterina-volkova',
  },
  events: [
    { at: 'P1D', type: 'payment.received', data: { order: { paid: true } } },
    {
      at: 'P2D',
      type: 'shipment.shipped',
      data: { order: { shipped: true, deliveryStatus: 'shipped', trackingNumber: 'RA123456799RU' } },
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

/** The sample scenarios of the Russian default design, validated against the scenario schema. */
export const SAMPLE_SCENARIOS_RU: readonly SampleScenario[] = [
  { slug: 'paid-and-delivered', scenario: scenarioSchema.parse(paidAndDelivered) },
  { slug: 'never-paid', scenario: scenarioSchema.parse(neverPaid) },
  { slug: 'no-mobile-phone', scenario: scenarioSchema.parse(noMobilePhone) },
];
