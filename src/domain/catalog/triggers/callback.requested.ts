import { z } from 'zod';
import { defineTrigger } from '../types';

const settingsSchema = z.object({ formId: z.string().optional() });

/** Callback requested: the client asked for a call back through a form. */
export const callbackRequested = defineTrigger({
  kind: 'trigger',
  type: 'callback.requested',
  title: 'Callback requested',
  description: 'Moves the order when the client asks to be called back.',
  icon: 'callback',
  fields: [
    { key: 'formId', label: 'Form', widget: 'select', reference: 'forms', help: 'Leave empty for any form.' },
  ],
  settingsSchema,
  defaults: {},
  summary: (s, { names, t }) =>
    s.formId
      ? t.t('catalog.summary.callback.requested.form', { form: names.listed('forms', s.formId) })
      : t.t('catalog.summary.callback.requested'),
});
