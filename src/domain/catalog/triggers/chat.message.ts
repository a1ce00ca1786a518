import { z } from 'zod';
import { defineTrigger } from '../types';

const settingsSchema = z.object({
  channelId: z.string().optional(),
  firstOnly: z.boolean('First message only is on or off').optional(),
});

/** Client message in chat: the client wrote in an open channel; firstOnly reacts to the first message only. */
export const chatMessage = defineTrigger({
  kind: 'trigger',
  type: 'chat.message',
  title: 'Client message in chat',
  description: 'Moves the order when the client writes in a chat, optionally only the first message.',
  icon: 'chat',
  fields: [
    {
      key: 'channelId',
      label: 'Open channel',
      widget: 'select',
      reference: 'openChannels',
      help: 'Leave empty for any channel.',
    },
    { key: 'firstOnly', label: 'Only the first message', widget: 'checkbox', eventFilter: 'first' },
  ],
  settingsSchema,
  defaults: { firstOnly: false },
  summary: (s, { names, t }) => {
    const first = s.firstOnly ? 'yes' : 'no';
    return s.channelId
      ? t.t('catalog.summary.chat.message.channel', {
          first,
          channel: names.listed('openChannels', s.channelId),
        })
      : t.t('catalog.summary.chat.message', { first });
  },
});
