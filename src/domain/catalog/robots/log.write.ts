import { z } from 'zod';
import { defineRobot } from '../types';
import { writesNothing, involvesNoOne, noClientMessage, row } from './shared/declarations';
import { quote } from '../summary';

const settingsSchema = z.object({ text: z.string().min(1, 'Enter the text to write') });

/** Write to log: records a rendered text in the order's log (useful for debugging a design). */
export const logWrite = defineRobot({
  kind: 'robot',
  type: 'log.write',
  title: 'Write to log',
  group: 'employees',
  description: 'Writes a text with order values into the automation log.',
  icon: 'log',
  fields: [{ key: 'text', label: 'Text', widget: 'textarea', required: true, template: true }],
  settingsSchema,
  defaults: { text: '' },
  summary: (s, { names, t }) =>
    s.text ? quote(s.text, { names, t }) : t.t('catalog.summary.log.write.none'),
  emits: [],
  moves: null,
  writes: writesNothing,
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: (o) => [row('Log', o.text)],
  outputLabels: { text: 'Log' },
  effect: (settings, ctx) => ({ ok: true, output: { text: ctx.render(settings.text) } }),
});
