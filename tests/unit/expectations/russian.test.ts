import { describe, expect, it } from 'vitest';
import { expectationSchema } from '../../../src/domain/expectations';
import { flowSchema } from '../../../src/domain/flow';
import { scenarioSchema } from '../../../src/domain/scenario';
import { simulate } from '../../../src/engine';
import { judgeExpectations } from '../../../src/engine/expectations';
import { createTranslator } from '../../../src/i18n';
import { englishTranslator } from '../../../src/i18n/english';
import ru from '../../../src/i18n/messages/all.ru';
import { FIXTURES, readJson } from '../engine/helpers';

/* Verdicts of expectations as the browser shows them in Russian (ids left out, as for people). */
const russian = createTranslator('ru', ru);
const ex1 = flowSchema.parse(readJson(new URL('ex1-paid-shipped.flow.json', FIXTURES)));
const ex4b = scenarioSchema.parse(readJson(new URL('ex4b-expectations-fail.scenario.json', FIXTURES)));

function judge(expectations: unknown[], translator = russian) {
  const sc = { ...ex4b, expect: expectations.map((e) => expectationSchema.parse(e)) };
  return judgeExpectations(ex1, sc, simulate(ex1, sc), { ids: false }, translator);
}

describe('expectation verdicts in Russian', () => {
  it('says what happened instead, with names in «» and the time in words in the flow zone', () => {
    const [v] = judge([{ robot: 'task', is: 'done' }]);
    expect(v!.statement).toBe('робот «Поставить задачу» выполнен');
    expect(v!.instead).toBe(
      'робот отменён в +1 дн. 02:00 (30 марта 2024 г. в 20:30, Europe/Berlin): заказ ушёл из статуса «Paid, preparing for shipment»',
    );
  });

  it('words statuses, deadlines and missing robots', () => {
    const [status, missing, late] = judge([
      { status: 'P', is: 'not-entered' },
      { robot: 'nope', is: 'done' },
      { robot: 'task', is: 'done', by: 'PT1H' },
    ]);
    expect(status!.statement).toBe('статус «Paid, preparing for shipment» — заказ в него не попадает');
    expect(status!.instead).toMatch(
      /^заказ попал в статус в \+\d+ дн\. \d\d:\d\d \(.+ г\. в \d\d:\d\d, Europe\/Berlin\)/,
    );
    expect(missing!.instead).toBe('в схеме нет такого робота');
    expect(late!.statement).toMatch(/^робот «Поставить задачу» выполнен не позже \+0 дн. 01:00 \(/);
  });

  it('keeps the English of the browser as the CLI writes it, apart from the quotes it always had', () => {
    const [v] = judge([{ robot: 'task', is: 'done' }], englishTranslator);
    expect(v!.statement).toBe('robot "Create a task" is done');
    expect(v!.instead).toBe(
      'it was cancelled at +1d 02:00 (2024-03-30 20:30 in Europe/Berlin) when the order left "Paid, preparing for shipment"',
    );
  });

  it('names an output by its row label and a yes/no field in words, values in «»', () => {
    const [output, field] = judge([
      { robot: 'sms1', output: 'text', contains: 'Order' },
      { field: 'order.paid', equals: true },
    ]);
    expect(output!.statement).toBe(
      'результат робота «Отправить SMS (в «Accepted, awaiting payment»)», поле «Текст», содержит «Order»',
    );
    expect(field!.statement).toBe('в конце прогона поле «Оплачен» равно да');
    // The CLI (no translator) keeps its JSON quoting and keys, as the golden files read.
    const [cli] = judgeExpectations(
      ex1,
      { ...ex4b, expect: [expectationSchema.parse({ robot: 'sms1', output: 'text', contains: 'Order' })] },
      simulate(ex1, ex4b),
    );
    expect(cli!.statement).toContain('"text"');
  });

  it('lists the outputs a robot has by the labels its type declares', () => {
    const [v] = judge([{ robot: 'gen', output: 'number', contains: 'ORD' }]);
    expect(v!.instead).toMatch(/^в результате робота \(.+\) нет поля «number»; есть «Код»$/);
    const [english] = judge([{ robot: 'gen', output: 'number', contains: 'ORD' }], englishTranslator);
    expect(english!.instead).toMatch(/has no "number"; it has "Code"$/);
  });
});
