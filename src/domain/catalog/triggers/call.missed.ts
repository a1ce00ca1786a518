import { z } from 'zod';
import { defineTrigger } from '../types';

const settingsSchema = z.object({ lineId: z.string().optional() });

/** Missed call: nobody answered the client. */
export const callMissed = defineTrigger({
  kind: 'trigger',
  type: 'call.missed',
  title: 'Missed call',
  description: 'Moves the order when a call from the client is missed.',
  icon: 'phone-missed',
  fields: [{ key: 'lineId', label: 'Line', widget: 'text', help: 'Leave empty for any line.' }],
  settingsSchema,
  defaults: {},
  summary: (s, { names, t }) =>
    s.lineId
      ? t.t('catalog.summary.call.missed.line', { line: names.listed('numbers', s.lineId) })
      : t.t('catalog.summary.call.missed'),
});
