import type { Flow, FlowInput } from '../flow';
import { flowSchema } from '../flow';

/*
 * "Online store — default" (docs/semantics.md §8): the Bitrix24 online-store preset, extended. It is written as a
 * plain document (what an export looks like) and parsed once, so a typo here fails loudly at import
 * instead of shipping an invalid default. Reference ids come from reference/defaultEnvironment.ts.
 * Robot ids use underscores because `{{robots.ID.KEY}}` template paths allow letters, digits and _.
 */
const document: FlowInput = {
  format: 'orderflow.flow',
  version: 1,
  id: 'online-store-default',
  name: 'Online store — default',
  settings: {
    timezone: 'America/Los_Angeles',
    workTime: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', holidays: [] },
  },
  statuses: [
    { id: 'N', name: 'Accepted, awaiting payment', semantics: 'process', color: '#2f80ed' },
    { id: 'P', name: 'Paid, preparing for shipment', semantics: 'process', color: '#f2994a' },
    { id: 'S', name: 'Shipped', semantics: 'process', color: '#9b51e0' },
    { id: 'F', name: 'Completed', semantics: 'success', color: '#27ae60' },
    { id: 'D', name: 'Canceled', semantics: 'failure', color: '#eb5757' },
  ],
  robots: [
    // N — Accepted, awaiting payment
    {
      id: 'n_code',
      type: 'code.generate',
      status: 'N',
      name: 'Generate order number',
      after: null,
      delay: { type: 'immediate' },
      settings: { pattern: 'ORD-{yyyy}-{seq:5}', field: 'order.accountNumber' },
    },
    {
      id: 'n_sms',
      type: 'sms.send',
      status: 'N',
      name: 'SMS with the order number',
      after: 'n_code',
      delay: { type: 'immediate' },
      settings: {
        text: 'Thank you for your order! Your order number is {{robots.n_code.code}}. We will text you when it ships.',
        provider: 'default',
        phoneType: 'MOBILE',
        recipient: 'client',
      },
    },
    {
      id: 'n_email_new',
      type: 'email.send',
      status: 'N',
      name: 'New order email',
      after: null,
      delay: { type: 'immediate' },
      condition: { field: 'order.shopTitle', op: 'notEmpty' },
      settings: {
        subject: 'Your order {{order.accountNumber}} at {{order.shopTitle}}',
        body:
          'Hello {{contact.name}},\n\nthank you for your order {{order.accountNumber}} of {{order.price}} {{order.currency}}. ' +
          'It is waiting for payment; you can pay it at {{order.shopUrl}}.\n\nBest regards,\n{{order.shopTitle}}',
        from: 'mb-shop',
        bodyType: 'text',
        addressType: 'auto',
        clickTracking: true,
      },
    },
    {
      id: 'n_email_reminder',
      type: 'email.send',
      status: 'N',
      name: 'Payment reminder',
      after: null,
      delay: { type: 'after', value: 3, unit: 'days' },
      condition: { field: 'order.paid', op: 'eq', value: false },
      settings: {
        subject: 'Reminder: order {{order.accountNumber}} is awaiting payment',
        body:
          'Hello {{contact.name}},\n\nyour order {{order.accountNumber}} of {{order.price}} {{order.currency}} is still ' +
          'waiting for payment. Unpaid orders are canceled after 7 days.\n\n{{order.shopTitle}}',
        from: 'mb-billing',
        bodyType: 'text',
        addressType: 'auto',
        clickTracking: true,
      },
    },
    {
      id: 'n_cancel',
      type: 'order.cancel',
      status: 'N',
      name: 'Cancel if not paid',
      after: null,
      delay: { type: 'after', value: 7, unit: 'days' },
      condition: { field: 'order.paid', op: 'eq', value: false },
      settings: { statusId: 'D', reason: 'Not paid in time' },
    },
    // P — Paid, preparing for shipment
    {
      id: 'p_allow_delivery',
      type: 'order.allowDelivery',
      status: 'P',
      name: 'Allow delivery',
      after: null,
      delay: { type: 'immediate' },
      settings: {},
    },
    {
      id: 'p_email_paid',
      type: 'email.send',
      status: 'P',
      name: 'Order paid email',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        subject: 'Order {{order.accountNumber}} is paid',
        body:
          'Hello {{contact.name}},\n\nwe have received your payment of {{order.price}} {{order.currency}} for order ' +
          '{{order.accountNumber}}. We are preparing it for shipment.\n\n{{order.shopTitle}}',
        from: 'auto',
        bodyType: 'text',
        addressType: 'auto',
        clickTracking: false,
      },
    },
    {
      id: 'p_task',
      type: 'task.create',
      status: 'P',
      name: 'Task: prepare the shipment',
      after: 'p_email_paid',
      delay: { type: 'immediate' },
      settings: {
        title: 'Prepare order {{order.accountNumber}} for shipment',
        description:
          'Pack the order of {{contact.name}} ({{order.price}} {{order.currency}}) and hand it to the carrier.',
        assignee: 'responsible',
        deadline: { value: 1, unit: 'days' },
        checklist: ['Pick the items', 'Pack the parcel', 'Print the waybill', 'Enter the tracking number'],
        important: false,
      },
    },
    // S — Shipped
    {
      id: 's_sms_tracking',
      type: 'sms.send',
      status: 'S',
      name: 'SMS with the tracking number',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        text: 'Your order {{order.accountNumber}} is on its way. Tracking number: {{order.trackingNumber}}.',
        provider: 'default',
        phoneType: 'MOBILE',
        recipient: 'client',
      },
    },
    {
      id: 's_robocall',
      type: 'call.robocall',
      status: 'S',
      name: 'Delivery call',
      after: null,
      delay: { type: 'after', value: 1, unit: 'days', workTime: true },
      settings: {
        from: 'num-main',
        mode: 'text',
        text: 'Hello {{contact.name}}! Your order {{order.accountNumber}} has shipped and will arrive soon. Thank you for shopping with us.',
        voice: 'en-US-female',
        speed: 'medium',
        volume: 'medium',
        phoneType: 'auto',
        waitForResult: false,
      },
    },
    // F — Completed
    {
      id: 'f_email_thanks',
      type: 'email.send',
      status: 'F',
      name: 'Thank-you email',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        subject: 'Thank you for your order {{order.accountNumber}}',
        body:
          'Hello {{contact.name}},\n\nyour order {{order.accountNumber}} has been delivered. Thank you for shopping ' +
          'with {{order.shopTitle}}! We would love to hear what you think: {{order.shopUrl}}',
        from: 'auto',
        bodyType: 'text',
        addressType: 'auto',
        clickTracking: true,
      },
    },
    {
      id: 'f_chat_whisper',
      type: 'chat.send',
      status: 'F',
      name: 'Note for colleagues',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        text: 'Order {{order.accountNumber}} was delivered to {{contact.name}}. Ask for a review in a week.',
        whisper: true,
      },
    },
    // D — Canceled
    {
      id: 'd_email_canceled',
      type: 'email.send',
      status: 'D',
      name: 'Cancellation email',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        subject: 'Order {{order.accountNumber}} has been canceled',
        body:
          'Hello {{contact.name}},\n\nyour order {{order.accountNumber}} has been canceled. Reason: {{order.cancelReason}}.\n\n' +
          'If this is a mistake, just reply to this email.\n\n{{order.shopTitle}}',
        from: 'auto',
        bodyType: 'text',
        addressType: 'auto',
        clickTracking: false,
      },
    },
    {
      id: 'd_notify',
      type: 'employee.notify',
      status: 'D',
      name: 'Tell the responsible person',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        recipients: ['responsible'],
        message: 'Order {{order.accountNumber}} of {{contact.name}} was canceled: {{order.cancelReason}}',
      },
    },
  ],
  triggers: [
    {
      id: 't_payment',
      type: 'payment.received',
      status: 'P',
      name: 'Payment',
      allowBackward: false,
      condition: { field: 'order.paid', op: 'eq', value: true },
      settings: {},
    },
    {
      id: 't_shipment',
      type: 'shipment.shipped',
      status: 'S',
      name: 'Shipment',
      allowBackward: false,
      settings: {},
    },
    {
      id: 't_delivered',
      type: 'order.delivered',
      status: 'F',
      name: 'Delivered',
      allowBackward: false,
      settings: {},
    },
    {
      id: 't_canceled',
      type: 'order.canceled',
      status: 'D',
      name: 'Order canceled',
      allowBackward: false,
      settings: {},
    },
  ],
};

/** The embedded default flow of docs/semantics.md §8, validated against the flow schema. */
export const DEFAULT_FLOW: Flow = flowSchema.parse(document);
