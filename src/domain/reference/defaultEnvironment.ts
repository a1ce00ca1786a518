import type { Environment } from '../scenario';

/**
 * The built-in reference data: what a simulation uses for every list its scenario does not give,
 * and what the mocked backend serves (mocks/ reads this same module, so the two never drift).
 */
export const DEFAULT_ENVIRONMENT: Environment = {
  employees: [
    { id: 'e1', name: 'Maria Lopez', email: 'maria.lopez@shop.example', phone: '+1 415 555 0101' },
    {
      id: 'e2',
      name: 'John Carter',
      email: 'john.carter@shop.example',
      phone: '+1 415 555 0102',
      supervisorId: 'e1',
    },
    {
      id: 'e3',
      name: 'Aiko Tanaka',
      email: 'aiko.tanaka@shop.example',
      phone: '+1 415 555 0103',
      supervisorId: 'e1',
    },
    {
      id: 'e4',
      name: 'Oleg Petrov',
      email: 'oleg.petrov@shop.example',
      phone: '+1 415 555 0104',
      supervisorId: 'e2',
    },
  ],
  mailboxes: [
    { id: 'mb-shop', address: 'orders@shop.example', name: 'Orders' },
    { id: 'mb-billing', address: 'billing@shop.example', name: 'Billing' },
  ],
  numbers: [
    { id: 'num-main', number: '+1 415 555 0100', name: 'Main line' },
    { id: 'num-support', number: '+1 415 555 0199', name: 'Support line' },
  ],
  smsProviders: [
    { id: 'twilio', name: 'Twilio', configured: true },
    { id: 'smsru', name: 'SMS.ru', configured: false },
  ],
  workflows: [
    { id: 'wf-loyalty', name: 'Add loyalty points' },
    { id: 'wf-invoice', name: 'Issue invoice' },
  ],
  forms: [
    { id: 'form-feedback', name: 'Feedback form' },
    { id: 'form-callback', name: 'Callback request' },
  ],
  openChannels: [
    { id: 'oc-site', name: 'Website live chat' },
    { id: 'oc-telegram', name: 'Telegram' },
  ],
  documentTemplates: [
    { id: 'doc-invoice', name: 'Invoice' },
    { id: 'doc-waybill', name: 'Waybill' },
  ],
  customFields: [
    { name: 'source', type: 'string' },
    { name: 'giftWrap', type: 'boolean' },
  ],
  voices: [
    { id: 'en-US-female', name: 'Joanna (female)', language: 'en-US' },
    { id: 'en-US-male', name: 'Matthew (male)', language: 'en-US' },
    { id: 'de-DE-female', name: 'Marlene (female)', language: 'de-DE' },
    { id: 'ru-RU-female', name: 'Alena (female)', language: 'ru-RU' },
    { id: 'ru-RU-male', name: 'Filipp (male)', language: 'ru-RU' },
  ],
  codeSequence: 1,
};

/** The reference data of a run: each list the scenario gives replaces the default one (docs/semantics.md §5). */
export function resolveEnvironment(given: Partial<Environment> | undefined): Environment {
  const resolved: Environment = { ...DEFAULT_ENVIRONMENT };
  if (!given) return resolved;
  for (const key of Object.keys(DEFAULT_ENVIRONMENT) as (keyof Environment)[]) {
    // A key that is present but undefined keeps the default: only given lists replace.
    if (given[key] !== undefined) (resolved as Record<string, unknown>)[key] = given[key];
  }
  return resolved;
}
