import { z } from 'zod';
import { defineTrigger } from '../types';

const settingsSchema = z.object({ formId: z.string().optional() });

/** CRM form submitted: the client filled in a form. */
export const formSubmitted = defineTrigger({
  kind: 'trigger',
  type: 'form.submitted',
  title: 'CRM form submitted',
  description: 'Moves the order when the client submits a CRM form.',
  icon: 'form',
  fields: [
    { key: 'formId', label: 'Form', widget: 'select', reference: 'forms', help: 'Leave empty for any form.' },
  ],
  settingsSchema,
  defaults: {},
  summary: (s, { names, t }) =>
    s.formId
      ? t.t('catalog.summary.form.submitted.form', { form: names.listed('forms', s.formId) })
      : t.t('catalog.summary.form.submitted'),
});
