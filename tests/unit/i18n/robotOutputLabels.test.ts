import { describe, expect, it } from 'vitest';
import { insertLabel } from '../../../src/domain/templateParts';
import { createTranslator } from '../../../src/i18n';
import { englishTranslator } from '../../../src/i18n/english';
import ru from '../../../src/i18n/messages/all.ru';

const russian = createTranslator('ru', ru);
const robotName = () => 'Сменить ответственного';

describe('a robot output inserted in a text reads as words, not as its key', () => {
  it('names the output in Russian', () => {
    expect(insertLabel('robots.r1.responsibleId', { t: russian, robotName })).toBe(
      'ответственный робота «Сменить ответственного»',
    );
    expect(insertLabel('robots.gen-1.code', { t: russian, robotName: () => 'Присвоить номер заказа' })).toBe(
      'код робота «Присвоить номер заказа»',
    );
  });

  it('names it in English without the id', () => {
    expect(insertLabel('robots.r1.responsibleId', { t: englishTranslator })).toBe(
      'responsible person of an earlier robot',
    );
  });

  it('keeps a key the catalog does not declare as it is', () => {
    expect(insertLabel('robots.r1.somethingNew', { t: englishTranslator })).toBe(
      'somethingNew of an earlier robot',
    );
  });
});
