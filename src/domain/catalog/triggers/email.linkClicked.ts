import { z } from 'zod';
import { defineTrigger } from '../types';

const settingsSchema = z.object({
  url: z.string('Enter the link to watch').min(1, 'Enter the link to watch'),
});

/** Email link clicked: the client clicked a given link in an email (click tracking must be on). */
export const emailLinkClicked = defineTrigger({
  kind: 'trigger',
  type: 'email.linkClicked',
  title: 'Email link clicked',
  description: 'Moves the order when the client clicks a given link in an email.',
  icon: 'link',
  fields: [
    {
      key: 'url',
      label: 'Link',
      widget: 'url',
      required: true,
      placeholder: 'https://shop.example/…',
      help: 'Turn on link tracking in the email robot.',
    },
  ],
  settingsSchema,
  defaults: { url: '' },
  summary: (s, { t }) =>
    s.url
      ? t.t('catalog.summary.email.linkClicked', { url: s.url })
      : t.t('catalog.summary.email.linkClicked.none'),
});
