import { z } from 'zod';
import { defineTrigger } from '../types';

const settingsSchema = z.object({ templateId: z.string().optional() });

/** Document created: a document was made for the order, optionally from a given template. */
export const documentCreated = defineTrigger({
  kind: 'trigger',
  type: 'document.created',
  title: 'Document created',
  description: 'Moves the order when a document is created for it, optionally from a given template.',
  icon: 'document',
  fields: [
    {
      key: 'templateId',
      label: 'Template',
      widget: 'select',
      reference: 'documentTemplates',
      help: 'Leave empty for any document.',
    },
  ],
  settingsSchema,
  defaults: {},
  summary: (s, { names, t }) =>
    s.templateId
      ? t.t('catalog.summary.document.created.template', {
          template: names.listed('documentTemplates', s.templateId),
        })
      : t.t('catalog.summary.document.created'),
});
