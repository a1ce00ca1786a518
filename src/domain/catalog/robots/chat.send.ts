import { z } from 'zod';
import { defineRobot } from '../types';
import { writesNothing, involvesNoOne, row } from './shared/declarations';
import { quote } from '../summary';

const settingsSchema = z.object({
  text: z.string().min(1, 'Enter the message text'),
  whisper: z.boolean().optional(),
});
export type ChatSendSettings = z.infer<typeof settingsSchema>;

/** Send message to the client's chat; a whisper is seen by colleagues in the chat, not the client. */
export const chatSend = defineRobot({
  kind: 'robot',
  type: 'chat.send',
  title: "Send message to the client's chat",
  group: 'communications',
  description: "Posts a message to the client's open-channel chat, optionally hidden from the client.",
  icon: 'chat',
  fields: [
    { key: 'text', label: 'Message', widget: 'textarea', required: true, template: true },
    {
      key: 'whisper',
      label: 'Hidden message',
      widget: 'checkbox',
      help: 'Colleagues in the chat see it; the client does not.',
    },
  ],
  settingsSchema,
  defaults: { text: '', whisper: false },
  summary: (s, { names, t }) =>
    t.t('catalog.summary.chat.send', {
      hidden: s.whisper ? 'yes' : 'no',
      text: s.text ? quote(s.text, { names, t }) : t.t('catalog.summary.noTextYet'),
    }),
  emits: ['chat.sent'],
  moves: null,
  writes: writesNothing,
  people: involvesNoOne,
  // A hidden (whisper) message is for colleagues only: the client neither gets nor needs it.
  clientMessage: (s) =>
    s.whisper
      ? undefined
      : { contactField: 'contact.chat', missingError: 'Client chat was not found', rings: true },
  output: (o) => [
    row('Chat', o.chat, 'chat'),
    row('Text', o.text),
    row('Seen by', o.visibleToClient ? 'The client and colleagues' : 'Colleagues only (hidden message)'),
  ],
  outputLabels: { chat: 'Chat', text: 'Text', visibleToClient: 'Seen by the client' },
  effect: (settings, ctx) => {
    const chat = ctx.contact.chat;
    if (!chat) return { ok: false, error: 'Client chat was not found' };
    return {
      ok: true,
      output: { chat, text: ctx.render(settings.text ?? ''), visibleToClient: !settings.whisper },
      emit: [{ type: 'chat.sent' }],
    };
  },
});
