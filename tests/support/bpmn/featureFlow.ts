import type { Flow, FlowInput } from '../../../src/domain/flow';
import { flowSchema } from '../../../src/domain/flow';

/**
 * A flow that uses every construct the BPMN export compiles differently: each condition operator,
 * every delay type (basis, before, at with a time, working hours), a disabled robot, fan-out, robots
 * that move the order, two triggers of one type on one status, a backward trigger, trigger settings
 * that filter (url, firstOnly, shipmentCondition) and a custom field that is not a FEEL name.
 */
const document: FlowInput = {
  format: 'orderflow.flow',
  version: 1,
  id: 'bpmn-features',
  name: 'BPMN features',
  settings: { timezone: 'Europe/Berlin' },
  statuses: [
    { id: 'A', name: 'New', semantics: 'process', color: '#2f80ed' },
    { id: 'B', name: 'Confirmed', semantics: 'process', color: '#f2994a' },
    { id: 'C', name: 'Done', semantics: 'success', color: '#27ae60' },
    { id: 'X', name: 'Canceled', semantics: 'failure', color: '#eb5757' },
  ],
  robots: [
    {
      id: 'a1',
      type: 'log.write',
      status: 'A',
      after: null,
      delay: { type: 'immediate' },
      condition: {
        all: [
          { field: 'order.price', op: 'gt', value: 10 },
          { field: 'order.price', op: 'lte', value: 1000 },
          { field: 'order.currency', op: 'in', value: ['EUR', 'USD'] },
          { field: 'order.currency', op: 'notIn', value: ['RUB'] },
          { field: 'order.shopTitle', op: 'contains', value: 'Shop "Best"' },
          { field: 'contact.phones', op: 'contains', value: '+49 1' },
          { field: 'contact.emails', op: 'notContains', value: 'x@y.example' },
          {
            any: [
              { field: 'order.paid', op: 'eq', value: false },
              { field: 'order.canceled', op: 'ne', value: true },
            ],
          },
          { not: { field: 'order.trackingNumber', op: 'notEmpty' } },
          { field: 'order.dateInsert', op: 'gte', value: '2025-01-01T00:00:00Z' },
          { field: 'order.deliveryDate', op: 'eq', value: '2025-03-10T10:00:00Z' },
          { field: 'order.custom.gift-wrap', op: 'eq', value: true },
          { field: 'order.custom.note', op: 'contains', value: 'fragile' },
          { field: 'order.cancelReason', op: 'empty' },
          { all: [] },
          { not: { any: [] } },
        ],
      },
      settings: { text: 'New order {{order.accountNumber}}' },
    },
    {
      id: 'a2',
      type: 'order.comment',
      status: 'A',
      after: 'a1',
      delay: { type: 'after', value: 2, unit: 'hours' },
      settings: { text: 'a' },
    },
    {
      id: 'a3',
      type: 'log.write',
      status: 'A',
      after: 'a1',
      delay: { type: 'after', value: 1, unit: 'days' },
      disabled: true,
      settings: { text: 'b' },
    },
    {
      id: 'a4',
      type: 'log.write',
      status: 'A',
      after: 'a3',
      delay: { type: 'before', value: 1, unit: 'days', basis: 'order.deliveryDate' },
      settings: { text: 'c' },
    },
    {
      id: 'a5',
      type: 'log.write',
      status: 'A',
      after: null,
      delay: { type: 'at', basis: 'order.deliveryDate', time: '09:30' },
      settings: { text: 'd' },
    },
    {
      id: 'a6',
      type: 'log.write',
      status: 'A',
      after: null,
      delay: { type: 'after', value: 30, unit: 'minutes', basis: 'order.dateInsert', workTime: true },
      settings: { text: 'e' },
    },
    {
      id: 'a7',
      type: 'order.status',
      status: 'A',
      after: null,
      delay: { type: 'after', value: 3, unit: 'days' },
      condition: { field: 'order.paid', op: 'eq', value: true },
      settings: { statusId: 'B' },
    },
    {
      id: 'a8',
      type: 'order.cancel',
      status: 'A',
      after: null,
      delay: { type: 'after', value: 2, unit: 'days' },
      settings: { statusId: 'X', reason: 'Too late' },
    },
    {
      id: 'b1',
      type: 'order.pay',
      status: 'B',
      after: null,
      delay: { type: 'at', basis: 'order.paymentDueDate' },
      settings: {},
    },
  ],
  triggers: [
    {
      id: 't1',
      type: 'payment.received',
      status: 'B',
      allowBackward: false,
      condition: { field: 'order.paid', op: 'eq', value: true },
      settings: {},
    },
    { id: 't2', type: 'payment.received', status: 'B', allowBackward: false, settings: {} },
    {
      id: 't3',
      type: 'email.linkClicked',
      status: 'C',
      allowBackward: false,
      settings: { url: 'https://shop.example/ok' },
    },
    {
      id: 't4',
      type: 'chat.message',
      status: 'C',
      allowBackward: false,
      settings: { channelId: 'oc1', firstOnly: true },
    },
    {
      id: 't5',
      type: 'shipment.changed',
      status: 'C',
      allowBackward: false,
      settings: { shipmentCondition: { field: 'shipment.deliveryStatus', op: 'eq', value: 'delivered' } },
    },
    { id: 't6', type: 'webhook', status: 'A', allowBackward: true, settings: { code: 'abc123' } },
    { id: 't7', type: 'order.canceled', status: 'X', allowBackward: true, settings: {} },
  ],
};

export const FEATURE_FLOW: Flow = flowSchema.parse(document);
