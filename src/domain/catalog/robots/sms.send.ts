import { z } from 'zod';
import { defineRobot } from '../types';
import { writesNothing, involvesNoOne, row } from './shared/declarations';
import { quote } from '../summary';
import { pickContactPoint } from './shared/contactPoints';
import { resolveEmployee, unresolvedRecipient } from './shared/employees';
import {
  NO_PHONE,
  PHONE_TYPE_OPTIONS,
  PHONE_TYPE_VALUES,
  RESPONSIBLE_OPTION,
  TEXT_LIMIT,
  TEXT_TOO_LONG,
  phoneTo,
} from './shared/options';

const settingsSchema = z
  .object({
    text: z.string().min(1, 'Enter the SMS text'),
    provider: z.string().min(1, 'Choose a provider or Default').optional(),
    phoneType: z.enum(PHONE_TYPE_VALUES, 'Choose Auto select or a phone type').optional(),
    recipient: z.enum(['client', 'employee'], 'The recipient is the client or an employee').optional(),
    employeeId: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.recipient === 'employee' && !s.employeeId)
      ctx.addIssue({
        code: 'custom',
        path: ['employeeId'],
        message: 'Choose the employee to send the SMS to',
      });
  });
export type SmsSendSettings = z.infer<typeof settingsSchema>;

/** Send SMS: a rendered text (at most 200 characters) to the client's or an employee's phone. */
export const smsSend = defineRobot({
  kind: 'robot',
  type: 'sms.send',
  title: 'Send SMS',
  group: 'communications',
  description: 'Sends a text message of up to 200 characters to the client or an employee.',
  icon: 'sms',
  fields: [
    {
      key: 'text',
      label: 'Text',
      widget: 'textarea',
      required: true,
      template: true,
      maxLength: TEXT_LIMIT,
      smsText: true,
    },
    {
      key: 'provider',
      label: 'Provider',
      widget: 'select',
      reference: 'smsProviders',
      options: [{ value: 'default', label: 'Default provider' }],
    },
    {
      key: 'recipient',
      label: 'Recipient',
      widget: 'select',
      options: [
        { value: 'client', label: 'Client' },
        { value: 'employee', label: 'Employee' },
      ],
    },
    { key: 'phoneType', label: 'Phone', widget: 'select', options: PHONE_TYPE_OPTIONS },
    {
      key: 'employeeId',
      label: 'Employee',
      widget: 'select',
      reference: 'employees',
      options: [RESPONSIBLE_OPTION],
      required: true,
      visibleWhen: { key: 'recipient', equals: 'employee' },
    },
  ],
  settingsSchema,
  defaults: { text: '', provider: 'default', recipient: 'client', phoneType: 'auto' },
  summary: (s, { names, t }) => {
    const text = s.text ? quote(s.text, { names, t }) : t.t('catalog.summary.noTextYet');
    if (s.recipient !== 'employee')
      return t.t('catalog.summary.sms.send', { to: phoneTo(s.phoneType, t), text });
    return s.employeeId
      ? t.t('catalog.summary.sms.send.employee', { to: names.employee(s.employeeId), text })
      : t.t('catalog.summary.sms.send.noEmployee', { text });
  },
  emits: ['sms.sent'],
  moves: null,
  writes: writesNothing,
  // The employee an SMS goes to is named in its summary; the card's people line is for tasks and notices.
  people: involvesNoOne,
  // An SMS to an employee goes to the reference data's phone, not to the client.
  clientMessage: (s) =>
    s.recipient === 'employee'
      ? undefined
      : {
          contactField: 'contact.phones',
          pointType: typeof s.phoneType === 'string' ? s.phoneType : 'auto',
          missingError: NO_PHONE,
          rings: true,
        },
  output: (o) => [row('To', o.to), row('Provider', o.provider, 'smsProvider'), row('Text', o.text)],
  outputLabels: { to: 'To', provider: 'Provider', text: 'Text' },
  effect: (settings, ctx) => {
    // Checks run in docs/semantics.md §4.1 order: provider, phone, length.
    const providerId = settings.provider ?? 'default';
    const providers = ctx.env.smsProviders;
    if (providerId === 'default') {
      if (!providers.some((p) => p.configured)) return { ok: false, error: 'No provider selected' };
    }
    const provider =
      providerId === 'default'
        ? providers.find((p) => p.configured)
        : providers.find((p) => p.id === providerId);
    if (!provider || !provider.configured) return { ok: false, error: 'Provider is not configured' };

    let to: string | undefined;
    if (settings.recipient === 'employee') {
      const ref = settings.employeeId ?? '';
      const employee = resolveEmployee(ctx, ref);
      if (!employee) return { ok: false, error: unresolvedRecipient(ref) };
      to = employee.phone || undefined;
    } else {
      to = pickContactPoint(ctx, 'phones', settings.phoneType);
    }
    if (to === undefined) return { ok: false, error: NO_PHONE };

    const text = ctx.render(settings.text ?? '');
    if (text.length > TEXT_LIMIT) return { ok: false, error: TEXT_TOO_LONG };
    return { ok: true, output: { to, provider: provider.id, text }, emit: [{ type: 'sms.sent' }] };
  },
});
