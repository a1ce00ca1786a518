import type { Flow, FlowInput } from '../flow';
import { flowSchema } from '../flow';

/*
 * The default design for a designer that starts in Russian: the same statuses, robots and triggers as
 * defaultFlow.ts, with the same ids, order, delays and conditions, so it behaves exactly like the
 * English one; only the texts a person reads are Russian, and the shop works in Moscow time. Written
 * anew for a Russian shop, not translated word for word. A saved design is never swapped for it.
 */
const document: FlowInput = {
  format: 'orderflow.flow',
  version: 1,
  id: 'online-store-default',
  name: 'Заказы интернет-магазина',
  settings: {
    timezone: 'Europe/Moscow',
    workTime: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', holidays: [] },
  },
  statuses: [
    { id: 'N', name: 'Принят, ожидает оплаты', semantics: 'process', color: '#2f80ed' },
    { id: 'P', name: 'Оплачен, готовится к отгрузке', semantics: 'process', color: '#f2994a' },
    { id: 'S', name: 'Отгружен', semantics: 'process', color: '#9b51e0' },
    { id: 'F', name: 'Выполнен', semantics: 'success', color: '#27ae60' },
    { id: 'D', name: 'Отменён', semantics: 'failure', color: '#eb5757' },
  ],
  robots: [
    // N — Принят, ожидает оплаты
    {
      id: 'n_code',
      type: 'code.generate',
      status: 'N',
      name: 'Присвоить номер заказа',
      after: null,
      delay: { type: 'immediate' },
      settings: { pattern: 'ORD-{yyyy}-{seq:5}', field: 'order.accountNumber' },
    },
    {
      id: 'n_sms',
      type: 'sms.send',
      status: 'N',
      name: 'SMS с номером заказа',
      after: 'n_code',
      delay: { type: 'immediate' },
      settings: {
        text: 'Спасибо за заказ! Его номер {{robots.n_code.code}}. Сообщим, когда отправим.',
        provider: 'default',
        phoneType: 'MOBILE',
        recipient: 'client',
      },
    },
    {
      id: 'n_email_new',
      type: 'email.send',
      status: 'N',
      name: 'Письмо о новом заказе',
      after: null,
      delay: { type: 'immediate' },
      condition: { field: 'order.shopTitle', op: 'notEmpty' },
      settings: {
        subject: 'Ваш заказ {{order.accountNumber}} в магазине {{order.shopTitle}}',
        body:
          'Здравствуйте, {{contact.name}}!\n\nСпасибо за заказ {{order.accountNumber}} на сумму {{order.price}} {{order.currency}}. ' +
          'Он ожидает оплаты — оплатить его можно на сайте {{order.shopUrl}}.\n\nС уважением,\n{{order.shopTitle}}',
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
      name: 'Напоминание об оплате',
      after: null,
      delay: { type: 'after', value: 3, unit: 'days' },
      condition: { field: 'order.paid', op: 'eq', value: false },
      settings: {
        subject: 'Напоминаем: заказ {{order.accountNumber}} ждёт оплаты',
        body:
          'Здравствуйте, {{contact.name}}!\n\nВаш заказ {{order.accountNumber}} на сумму {{order.price}} {{order.currency}} всё ещё ' +
          'не оплачен. Если оплата не поступит в течение 7 дней после оформления, заказ будет отменён.\n\n{{order.shopTitle}}',
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
      name: 'Отменить, если не оплачен',
      after: null,
      delay: { type: 'after', value: 7, unit: 'days' },
      condition: { field: 'order.paid', op: 'eq', value: false },
      settings: { statusId: 'D', reason: 'не оплачен в срок' },
    },
    // P — Оплачен, готовится к отгрузке
    {
      id: 'p_allow_delivery',
      type: 'order.allowDelivery',
      status: 'P',
      name: 'Разрешить доставку',
      after: null,
      delay: { type: 'immediate' },
      settings: {},
    },
    {
      id: 'p_email_paid',
      type: 'email.send',
      status: 'P',
      name: 'Письмо об оплате',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        subject: 'Заказ {{order.accountNumber}} оплачен',
        body:
          'Здравствуйте, {{contact.name}}!\n\nМы получили оплату {{order.price}} {{order.currency}} по заказу ' +
          '{{order.accountNumber}} и уже готовим его к отгрузке.\n\n{{order.shopTitle}}',
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
      name: 'Задача: подготовить отгрузку',
      after: 'p_email_paid',
      delay: { type: 'immediate' },
      settings: {
        title: 'Подготовить заказ {{order.accountNumber}} к отгрузке',
        description:
          'Соберите и упакуйте заказ клиента {{contact.name}} ({{order.price}} {{order.currency}}) и передайте его в службу доставки.',
        assignee: 'responsible',
        deadline: { value: 1, unit: 'days' },
        checklist: ['Собрать товары', 'Упаковать посылку', 'Распечатать накладную', 'Указать трек-номер'],
        important: false,
      },
    },
    // S — Отгружен
    {
      id: 's_sms_tracking',
      type: 'sms.send',
      status: 'S',
      name: 'SMS с трек-номером',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        text: 'Заказ {{order.accountNumber}} отправлен. Трек-номер: {{order.trackingNumber}}',
        provider: 'default',
        phoneType: 'MOBILE',
        recipient: 'client',
      },
    },
    {
      id: 's_robocall',
      type: 'call.robocall',
      status: 'S',
      name: 'Звонок о доставке',
      after: null,
      delay: { type: 'after', value: 1, unit: 'days', workTime: true },
      settings: {
        from: 'num-main',
        mode: 'text',
        text: 'Здравствуйте, {{contact.name}}! Ваш заказ {{order.accountNumber}} уже в пути и скоро будет у вас. Спасибо за покупку!',
        voice: 'ru-RU-female',
        speed: 'medium',
        volume: 'medium',
        phoneType: 'auto',
        waitForResult: false,
      },
    },
    // F — Выполнен
    {
      id: 'f_email_thanks',
      type: 'email.send',
      status: 'F',
      name: 'Письмо с благодарностью',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        subject: 'Спасибо за заказ {{order.accountNumber}}!',
        body:
          'Здравствуйте, {{contact.name}}!\n\nВаш заказ {{order.accountNumber}} доставлен. Спасибо, что выбрали наш магазин! ' +
          'Будем рады вашему отзыву: {{order.shopUrl}}\n\n{{order.shopTitle}}',
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
      name: 'Заметка для коллег',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        text: 'Заказ {{order.accountNumber}} доставлен клиенту {{contact.name}}. Через неделю попросите оставить отзыв.',
        whisper: true,
      },
    },
    // D — Отменён
    {
      id: 'd_email_canceled',
      type: 'email.send',
      status: 'D',
      name: 'Письмо об отмене',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        subject: 'Заказ {{order.accountNumber}} отменён',
        body:
          'Здравствуйте, {{contact.name}}!\n\nВаш заказ {{order.accountNumber}} отменён. Причина: {{order.cancelReason}}.\n\n' +
          'Если это ошибка, просто ответьте на это письмо.\n\n{{order.shopTitle}}',
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
      name: 'Сообщить ответственному',
      after: null,
      delay: { type: 'immediate' },
      settings: {
        recipients: ['responsible'],
        message: 'Заказ {{order.accountNumber}} клиента {{contact.name}} отменён: {{order.cancelReason}}',
      },
    },
  ],
  triggers: [
    {
      id: 't_payment',
      type: 'payment.received',
      status: 'P',
      name: 'Оплата',
      allowBackward: false,
      condition: { field: 'order.paid', op: 'eq', value: true },
      settings: {},
    },
    {
      id: 't_shipment',
      type: 'shipment.shipped',
      status: 'S',
      name: 'Отгрузка',
      allowBackward: false,
      settings: {},
    },
    {
      id: 't_delivered',
      type: 'order.delivered',
      status: 'F',
      name: 'Доставка',
      allowBackward: false,
      settings: {},
    },
    {
      id: 't_canceled',
      type: 'order.canceled',
      status: 'D',
      name: 'Отмена заказа',
      allowBackward: false,
      settings: {},
    },
  ],
};

/** The default design in Russian: DEFAULT_FLOW's ids and structure, Russian texts, Moscow time. */
export const DEFAULT_FLOW_RU: Flow = flowSchema.parse(document);
