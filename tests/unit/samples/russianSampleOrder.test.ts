import { describe, expect, it } from 'vitest';
import { FIELD_CATALOG } from '../../../src/domain/fields';
import { defaultSample, readSample } from '../../../src/domain/samples/sampleOrder';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { formatTemplateValue, renderTemplate } from '../../../src/domain/templates';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { sampleResolver } from '../../../src/panels/inspector/templateContext';

const russian = createTranslator('ru', ru);
const giftNote = [{ name: 'giftNote', type: 'string' as const }];

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

  it('gives a custom field a sample value that says so in Russian', () => {
    expect(readSample(defaultSample(giftNote, 'ru', russian), 'order.custom.giftNote')).toBe(
      'Пример: giftnote',
    );
    // The inspector's preview of a Russian designer reads it so too.
    const resolve = sampleResolver(sample, { ...DEFAULT_ENVIRONMENT, customFields: giftNote }, russian);
    expect(renderTemplate('Открытка: {{order.custom.giftNote}}', resolve)).toBe('Открытка: Пример: giftnote');
  });

  it('and in English as before', () => {
    expect(readSample(defaultSample(giftNote), 'order.custom.giftNote')).toBe('Sample giftnote');
  });
});
