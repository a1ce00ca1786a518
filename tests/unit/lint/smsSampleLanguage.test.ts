import { beforeAll, describe, expect, it } from 'vitest';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { loadSamples } from '../../../src/domain/samples';
import { createTranslator } from '../../../src/i18n';
import en from '../../../src/i18n/messages/all.en';
import ru from '../../../src/i18n/messages/all.ru';
import { flowWith, robot } from './helpers';

const russian = createTranslator('ru', ru, en);
// Latin letters only, until the client's name is inserted: Emma Wilson keeps it GSM-7 (one part of
// 160), Анна Смирнова makes it UCS-2 (parts of 70, then 67).
const flow = flowWith(
  (d) =>
    (robot(d, 'n_sms').settings.text =
      'Hello {{contact.name}}, thank you for your order! We will text you when it ships.'),
);
const sms809 = (translator?: typeof russian) =>
  lintFlow(flow, DEFAULT_ENVIRONMENT, translator).filter((p) => p.code === 'OF809');

beforeAll(() => loadSamples('ru'));

describe('OF809 measures an SMS with the sample order of the designer’s language', () => {
  it('in Russian, with a Russian client’s name', () => {
    expect(sms809(russian).map((p) => p.message)).toEqual([
      'Со значениями тестового заказа «SMS with the order number» уйдёт 2 частями: в тексте 78 символов в кодировке UCS-2, а из-за символов вне GSM-7 (например, кириллицы или эмодзи) в одну часть помещается 67.',
    ]);
  });

  it('in English, with an English client’s name: one part, no problem', () => {
    expect(sms809()).toEqual([]);
  });
});
