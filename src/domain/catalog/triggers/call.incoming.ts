import { z } from 'zod';
import { defineTrigger } from '../types';

const settingsSchema = z.object({ lineId: z.string().optional() });

/** Incoming call: the client called the shop. */
export const callIncoming = defineTrigger({
  kind: 'trigger',
  type: 'call.incoming',
  title: 'Incoming call',
  description: 'Moves the order when the client calls, optionally on a given line.',
  icon: 'phone-in',
  fields: [{ key: 'lineId', label: 'Line', widget: 'text', help: 'Leave empty for any line.' }],
  settingsSchema,
  defaults: {},
  summary: (s, { names, t }) =>
    s.lineId
      ? t.t('catalog.summary.call.incoming.line', { line: names.listed('numbers', s.lineId) })
      : t.t('catalog.summary.call.incoming'),
});
