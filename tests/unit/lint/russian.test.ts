import { describe, expect, it } from 'vitest';
import { lintFlow, lintHelp, lintTitle } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { createTranslator } from '../../../src/i18n';
import en from '../../../src/i18n/messages/all.en';
import ru from '../../../src/i18n/messages/all.ru';
import { flowWith, robot } from './helpers';

const russian = createTranslator('ru', ru, en);
const lintRu = (flow: Parameters<typeof lintFlow>[0]) => lintFlow(flow, DEFAULT_ENVIRONMENT, russian);

describe('lint in Russian', () => {
  it('writes titles and help of codes in Russian, English by default', () => {
    expect(lintTitle('OF312', russian)).toBe('Пустой статус');
    expect(lintTitle('OF312')).toBe('Empty status');
    expect(lintHelp('OF303', russian)).toContain('по кругу');
    expect(lintTitle('OF999', russian)).toBe('OF999');
  });

  it('counts characters with Russian plural forms (OF103)', () => {
    const message = (length: number) =>
      lintRu(flowWith((d) => (robot(d, 'n_sms').settings.text = 'ж'.repeat(length)))).find(
        (p) => p.code === 'OF103',
      )!.message;
    expect(message(201)).toContain('201 символ,');
    expect(message(202)).toContain('202 символа,');
    expect(message(205)).toContain('205 символов,');
    expect(message(205)).toContain('не больше 200');
  });

  it('names an unknown template field without its path, in Russian (OF201)', () => {
    const flow = flowWith((d) => (robot(d, 'n_email_new').settings.subject = 'Заказ {{order.acountNumber}}'));
    const p = lintRu(flow).find((x) => x.code === 'OF201')!;
    expect(p.message).toContain('ссылается на поле, которого у заказа нет');
    expect(p.message).not.toContain('{{');
    expect(p.message).not.toContain('order.');
  });

  it('keeps English messages unchanged without a translator', () => {
    const flow = flowWith((d) => (robot(d, 'n_sms').settings.text = 'x'.repeat(201)));
    const p = lintFlow(flow).find((x) => x.code === 'OF103')!;
    expect(p.message).toMatch(/201 characters without the inserted values; at most 200 are allowed/);
  });
});
