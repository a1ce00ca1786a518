import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/domain/catalog/summary';
import {
  insertLabel,
  splitLabels,
  templateAsLabels,
  templateDisplayParts,
} from '../../../src/domain/templateParts';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';

const russian = createTranslator('ru', ru);

describe('template texts as people read them', () => {
  it('splits a text into text, inserts named by their field label, and unknown inserts', () => {
    expect(
      templateDisplayParts('Order {{order.accountNumber}} for {{ contact.name }}: {{order.nope}}'),
    ).toEqual([
      { kind: 'text', text: 'Order ' },
      { kind: 'insert', path: 'order.accountNumber', label: 'Order number' },
      { kind: 'text', text: ' for ' },
      { kind: 'insert', path: 'contact.name', label: 'Contact name' },
      { kind: 'text', text: ': ' },
      { kind: 'unknown', path: 'order.nope', label: 'unknown value' },
    ]);
  });

  it('keeps the {{{{ escape and text that opens no insert as text', () => {
    expect(templateDisplayParts('{{{{literal}} and {{ not a path }}')).toEqual([
      { kind: 'text', text: '{{literal}} and {{ not a path }}' },
    ]);
  });

  it('names custom fields and earlier robots’ outputs without ids', () => {
    expect(
      insertLabel('order.custom.loyaltyTier', { customFields: [{ name: 'loyaltyTier', type: 'string' }] }),
    ).toBe('loyaltyTier');
    expect(insertLabel('order.custom.loyaltyTier')).toBe('loyaltyTier');
    expect(insertLabel('order.custom.other', { customFields: [] })).toBeUndefined();
    expect(insertLabel('robots.gen-1.code', { robotName: () => 'Generate order number' })).toBe(
      'code of “Generate order number”',
    );
    expect(insertLabel('robots.gen-1.code')).toBe('code of an earlier robot');
  });

  it('names an output by the label its robot type declares, in the translator’s language', () => {
    const naming = { robotName: () => 'Номер заказа', robotType: () => 'code.generate' as const };
    expect(insertLabel('robots.gen-1.code', naming)).toBe('Code of “Номер заказа”');
    expect(insertLabel('robots.gen-1.code', { ...naming, t: russian })).toBe('Код робота «Номер заказа»');
    // A robot not named (deleted, or not known here): "of an earlier robot", said once.
    expect(insertLabel('robots.gen-1.code', { robotType: naming.robotType, t: russian })).toBe(
      'Код предыдущего робота',
    );
    // A key the type does not declare reads as written.
    expect(insertLabel('robots.gen-1.number', { ...naming, t: russian })).toBe(
      'number робота «Номер заказа»',
    );
  });

  it('writes one line with marked labels, and splits it back (a cut-off label included)', () => {
    const line = templateAsLabels('Hi {{contact.name}}, order {{order.accountNumber}} is paid');
    expect(line).toBe('Hi ‹Contact name›, order ‹Order number› is paid');
    expect(line).not.toContain('{{');
    expect(splitLabels('Hi ‹Contact name›, order ‹Order nu')).toEqual([
      { text: 'Hi ', label: false },
      { text: 'Contact name', label: true },
      { text: ', order ', label: false },
      { text: 'Order nu', label: true },
    ]);
  });

  it('card summaries quote texts with labels, never with {{paths}}', () => {
    expect(quote('Order {{order.accountNumber}}: {{order.trackingNumber}}')).toBe(
      '“Order ‹Order number›: ‹Tracking number›”',
    );
    // Shortened after the labels are in, so an insert is never cut into a half path.
    expect(quote(`${'x'.repeat(40)} {{order.accountNumber}}`)).toBe(`“${'x'.repeat(40)} ‹Order…”`);
  });
});
