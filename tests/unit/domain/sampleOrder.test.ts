import { describe, expect, it } from 'vitest';
import { FIELD_CATALOG } from '../../../src/domain/fields';
import {
  completeSample,
  defaultSample,
  readSample,
  renderWithSampleOrder,
} from '../../../src/domain/samples/sampleOrder';
import { formatTemplateValue } from '../../../src/domain/templates';

/* The live preview's sample order: no insert of a catalog field previews as nothing. */

describe('the sample order', () => {
  it('has a non-empty value for every field of the catalog', () => {
    const sample = defaultSample();
    const empty = FIELD_CATALOG.filter((f) => formatTemplateValue(readSample(sample, f.path)) === '').map(
      (f) => f.path,
    );
    expect(empty).toEqual([]);
  });

  it('has a value of the declared type for every declared custom field', () => {
    const sample = defaultSample([
      { name: 'loyaltyTier', type: 'string' },
      { name: 'points', type: 'number' },
      { name: 'vip', type: 'boolean' },
      { name: 'birthday', type: 'datetime' },
      { name: 'extra', type: 'any' },
    ]);
    expect(readSample(sample, 'order.custom.loyaltyTier')).toEqual(expect.any(String));
    expect(readSample(sample, 'order.custom.points')).toEqual(expect.any(Number));
    expect(readSample(sample, 'order.custom.vip')).toBe(true);
    expect(Date.parse(readSample(sample, 'order.custom.birthday') as string)).not.toBeNaN();
    expect(readSample(sample, 'order.custom.extra')).toBeTruthy();
  });

  it('keeps the values the given sample has', () => {
    const full = completeSample({
      order: { id: '42', accountNumber: 'A-7' },
      contact: { name: 'Liam Brown', phones: [], emails: [], chat: '' },
    });
    expect(readSample(full, 'order.accountNumber')).toBe('A-7');
    expect(readSample(full, 'contact.name')).toBe('Liam Brown');
    expect(readSample(full, 'contact.chat')).not.toBe('');
  });

  it('previews the first thing a manager types with an order number', () => {
    expect(renderWithSampleOrder('Order {{order.accountNumber}} is paid')).toBe(
      'Order ORD-2025-00001 is paid',
    );
  });
});
