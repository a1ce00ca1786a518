import { z } from 'zod';
import { defineRobot } from '../types';
import { writesNothing, involvesNoOne, noClientMessage, row } from './shared/declarations';

const settingsSchema = z.object({
  templateId: z.string('Choose the document template').min(1, 'Choose the document template'),
  publicLink: z.boolean().optional(),
});
export type DocumentCreateSettings = z.infer<typeof settingsSchema>;

/** Where simulated documents "live": a fixed host, so timelines stay deterministic. */
const DOCUMENT_BASE_URL = 'https://documents.orderflow.example/';

/** Create document: fills a document template for the order, optionally with a public link. */
export const documentCreate = defineRobot({
  kind: 'robot',
  type: 'document.create',
  title: 'Create document',
  group: 'employees',
  description: 'Creates a document (invoice, waybill, …) from a template, optionally with a public link.',
  icon: 'document',
  fields: [
    {
      key: 'templateId',
      label: 'Template',
      widget: 'select',
      required: true,
      reference: 'documentTemplates',
    },
    { key: 'publicLink', label: 'Create a public link', widget: 'checkbox' },
  ],
  settingsSchema,
  defaults: { templateId: '', publicLink: false },
  summary: (s, { names, t }) =>
    s.templateId
      ? t.t('catalog.summary.document.create', {
          template: names.listed('documentTemplates', s.templateId),
          link: s.publicLink ? 'yes' : 'no',
        })
      : t.t('catalog.summary.document.create.none'),
  emits: ['document.created'],
  moves: null,
  writes: writesNothing,
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: (o) => [row('Document', o.name), row('Id', o.documentId), row('Link', o.url)],
  outputLabels: { documentId: 'Document ID', name: 'Document', url: 'Link' },
  effect: (settings, ctx) => {
    const template = ctx.env.documentTemplates.find((t) => t.id === settings.templateId);
    if (!template) return { ok: false, error: 'Document template is not found' };
    const documentId = ctx.nextObjectId('document');
    const output: Record<string, unknown> = { documentId, name: template.name };
    if (settings.publicLink) output.url = `${DOCUMENT_BASE_URL}${documentId}`;
    return { ok: true, output, emit: [{ type: 'document.created', data: { templateId: template.id } }] };
  },
});
