import { z } from 'zod';
import { defineRobot } from '../types';
import { writesNothing, involvesNoOne, row } from './shared/declarations';
import { quote } from '../summary';
import { pickContactPoint } from './shared/contactPoints';
import { EMAIL_TYPE_OPTIONS, EMAIL_TYPE_VALUES, emailTo } from './shared/options';

const settingsSchema = z.object({
  subject: z.string().min(1, 'Enter the email subject'),
  body: z.string().min(1, 'Enter the email text'),
  from: z.string().min(1, 'Choose the sender mailbox or Auto select').optional(),
  bodyType: z.enum(['text', 'html'], 'Body type is text or html').optional(),
  addressType: z.enum(EMAIL_TYPE_VALUES, 'Choose Auto select or an email type').optional(),
  clickTracking: z.boolean().optional(),
});
export type EmailSendSettings = z.infer<typeof settingsSchema>;

/** Send email: a rendered email to the client from one of the shop's mailboxes. */
export const emailSend = defineRobot({
  kind: 'robot',
  type: 'email.send',
  title: 'Send email',
  group: 'communications',
  description: 'Sends the client an email with order values inserted into the subject and text.',
  icon: 'mail',
  fields: [
    {
      key: 'from',
      label: 'From',
      widget: 'select',
      reference: 'mailboxes',
      options: [{ value: 'auto', label: 'Auto select' }],
      help: 'Auto select uses the mailbox of this order’s previous email, else the first mailbox.',
    },
    { key: 'addressType', label: 'Client address', widget: 'select', options: EMAIL_TYPE_OPTIONS },
    { key: 'subject', label: 'Subject', widget: 'text', required: true, template: true },
    { key: 'body', label: 'Text', widget: 'textarea', required: true, template: true },
    {
      key: 'bodyType',
      label: 'Text format',
      widget: 'select',
      options: [
        { value: 'text', label: 'Plain text' },
        { value: 'html', label: 'HTML' },
      ],
    },
    { key: 'clickTracking', label: 'Track link clicks', widget: 'checkbox' },
  ],
  settingsSchema,
  defaults: {
    from: 'auto',
    addressType: 'auto',
    subject: '',
    body: '',
    bodyType: 'text',
    clickTracking: false,
  },
  summary: (s, { names, t }) =>
    t.t('catalog.summary.email.send', {
      to: emailTo(s.addressType, t),
      subject: s.subject ? quote(s.subject, { names, t }) : t.t('catalog.summary.email.send.noSubject'),
    }),
  emits: ['email.sent'],
  moves: null,
  writes: writesNothing,
  people: involvesNoOne,
  // Email does not ring the client's phone, so it is not held to quiet hours.
  clientMessage: (s) => ({
    contactField: 'contact.emails',
    pointType: typeof s.addressType === 'string' ? s.addressType : 'auto',
    missingError: "Client's e-mail is not specified",
    rings: false,
  }),
  output: (o) => [row('From', o.from), row('To', o.to), row('Subject', o.subject), row('Body', o.body)],
  outputLabels: { from: 'From', to: 'To', subject: 'Subject', body: 'Body' },
  effect: (settings, ctx) => {
    const from = settings.from ?? 'auto';
    const mailboxes = ctx.env.mailboxes;
    // `auto` follows the conversation: the mailbox of this order's previous email, else the first one.
    const mailbox =
      from === 'auto'
        ? (mailboxes.find((m) => m.id === ctx.previousMailboxId) ?? mailboxes[0])
        : mailboxes.find((m) => m.id === from);
    if (!mailbox) return { ok: false, error: 'The message sender is not specified' };
    const to = pickContactPoint(ctx, 'emails', settings.addressType);
    if (to === undefined) return { ok: false, error: "Client's e-mail is not specified" };
    return {
      ok: true,
      output: {
        from: mailbox.address,
        to,
        subject: ctx.render(settings.subject ?? ''),
        body: ctx.render(settings.body ?? ''),
      },
      emit: [{ type: 'email.sent' }],
      mailboxId: mailbox.id,
    };
  },
});
