import { flowSchema } from '../../../src/domain/flow';
import type { Flow } from '../../../src/domain/flow';

/**
 * A small design with one problem of each severity at least: a named SMS robot without its text, an
 * unnamed email without subject and body (errors), a status nothing reaches (warning) that is empty
 * (info), and a trigger on the first status that can never fire (warning).
 */
export function flowWithProblems(): Flow {
  return flowSchema.parse({
    format: 'orderflow.flow',
    version: 1,
    id: 'shop',
    name: 'Shop',
    statuses: [
      { id: 'N', name: 'New', semantics: 'process', color: '#2f80ed' },
      { id: 'P', name: 'Paid', semantics: 'process', color: '#27ae60' },
      { id: 'X', name: 'Archived', semantics: 'success', color: '#888888' },
    ],
    robots: [
      {
        id: 'sms-1',
        type: 'sms.send',
        status: 'N',
        name: 'SMS with the order number',
        after: null,
        delay: { type: 'immediate' },
        settings: { text: '', provider: 'default', phoneType: 'auto', recipient: 'client' },
      },
      {
        id: 'email-send-1',
        type: 'email.send',
        status: 'P',
        after: null,
        delay: { type: 'immediate' },
        settings: { subject: '', body: '' },
      },
    ],
    triggers: [
      { id: 'pay-1', type: 'payment.received', status: 'P', settings: {} },
      { id: 'pay-0', type: 'payment.received', status: 'N', settings: {} },
    ],
  });
}
