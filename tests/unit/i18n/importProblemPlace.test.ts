import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n';
import { englishTranslator } from '../../../src/i18n/english';
import ru from '../../../src/i18n/messages/all.ru';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { importText } from '../../../src/io/exchange';
import { problemPlace } from '../../../src/panels/import/problemPlace';

const russian = createTranslator('ru', ru);

describe('where an import problem sits, in the designer\u2019s words', () => {
  it.each([
    ['$', 'The whole file', 'Файл целиком'],
    ['$.format', 'File kind', 'Тип файла'],
    ['$.version', 'Format version', 'Версия формата'],
    ['$.name', 'Flow name', 'Название процесса'],
    ['$.settings.timezone', 'Time zone', 'Часовой пояс'],
    ['$.statuses', 'Statuses', 'Статусы'],
    ['$.robots', 'Robots', 'Роботы'],
    ['$.statuses[1].color', 'Status 2 · Colour', 'Статус 2 · Цвет'],
    ['$.robots[3].delay.value', 'Robot 4 · Run', 'Робот 4 · Запуск'],
    ['$.robots[1].condition.all[0].op', 'Robot 2 · Condition', 'Робот 2 · Условие'],
    ['$.triggers[0].settings.field', 'Trigger 1 · Settings', 'Триггер 1 · Настройки'],
    ['$.robots[0].note', 'Robot 1', 'Робот 1'],
  ])('%s reads as "%s" and «%s», never as a JSON path', (path, english, inRussian) => {
    expect(problemPlace(path, englishTranslator)).toBe(english);
    expect(problemPlace(path, russian)).toBe(inRussian);
  });
});

describe('the flow schema’s own sentences, in the reader’s language', () => {
  const firstError = (doc: unknown, translator = englishTranslator) => {
    const result = importText(JSON.stringify(doc), 'flow', translator);
    if (result.ok) throw new Error('expected the import to fail');
    return result.errors[0]!.message;
  };

  it('words a colour the loader refuses in Russian', () => {
    const doc = { ...DEFAULT_FLOW, statuses: [{ ...DEFAULT_FLOW.statuses[0], color: 'red' }] };
    expect(firstError(doc)).toBe('Expected a colour as #rrggbb.');
    expect(firstError(doc, russian)).toBe('Цвет указывается в формате #rrggbb.');
  });

  it('words a design without statuses in Russian', () => {
    expect(firstError({ ...DEFAULT_FLOW, statuses: [] }, russian)).toMatch(/статус/);
  });
});
