import { describe, expect, it } from 'vitest';
import { FIELD_CATALOG } from '../../../src/domain/fields';
import { defaultSample, readSample } from '../../../src/domain/samples/sampleOrder';
import { formatTemplateValue, renderTemplate } from '../../../src/domain/templates';

/* The sample order of the Russian default design: a Russian client and shop, +7 phones, roubles. */

describe('the Russian sample order', () => {
  const sample = defaultSample([], 'ru');

  it('has a Russian client, shop and a value for every field of the catalog', () => {
    expect(readSample(sample, 'contact.name')).toBe('Анна Смирнова');
    expect(readSample(sample, 'order.currency')).toBe('RUB');
    expect(readSample(sample, 'order.price')).toBe(4990);
    expect(readSample(sample, 'order.shopTitle')).toBe('Зелёный лист');
    expect(readSample(sample, 'contact.phones')).toEqual([{ type: 'MOBILE', value: '+7 916 123-45-67' }]);
    expect(readSample(sample, 'company.name')).toBe('ООО «Смирнов и партнёры»');
    const empty = FIELD_CATALOG.filter((f) => formatTemplateValue(readSample(sample, f.path)) === '');
    expect(empty.map((f) => f.path)).toEqual([]);
  });

  it('renders a Russian message as a client would read it', () => {
    const text =
      'Здравствуйте, {{contact.name}}! Заказ {{order.accountNumber}} в магазине {{order.shopTitle}} отменён: {{order.cancelReason}}.';
    expect(renderTemplate(text, (path) => readSample(sample, path))).toBe(
      'Здравствуйте, Анна Смирнова! Заказ ORD-2025-00001 в магазине Зелёный лист отменён: не оплачен в срок.',
    );
  });

  it('stays the English one by default', () => {
    expect(readSample(defaultSample(), 'contact.name')).toBe('Emma Wilson');
    expect(readSample(defaultSample(), 'order.currency')).toBe('USD');
  });
});
