import { describe, expect, it } from 'vitest';
import { conditionLabel, delayLabel, robotSummary } from '../../../src/canvas/labels';
import { namer } from '../../../src/domain/naming';
import { englishTranslator } from '../../../src/i18n/english';
import { slotText } from '../../../src/canvas/slots';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';

const russian = createTranslator('ru', ru);

describe('the canvas’s chips and drop sentences in Russian', () => {
  it('reads an earlier robot’s output in a card’s text by its label and the robot’s name, never its key', () => {
    const flow = structuredClone(DEFAULT_FLOW);
    const sms = flow.robots.find((r) => r.id === 'n_sms')!;
    sms.settings = { ...sms.settings, text: '{{robots.n_code.code}}' };
    expect(robotSummary(sms, namer(flow, undefined, { t: russian }), russian)).toContain(
      '‹Код робота «Generate order number»›',
    );
    expect(robotSummary(sms, namer(flow), englishTranslator)).toContain('‹Code of “Generate order number”›');
  });

  it('writes delays with Russian plural forms, in the form that follows «через»', () => {
    expect(delayLabel({ type: 'immediate' } as never, russian)).toBe('сразу');
    expect(delayLabel({ type: 'after', value: 1, unit: 'days' } as never, russian)).toBe('через 1 день');
    expect(delayLabel({ type: 'after', value: 2, unit: 'days' } as never, russian)).toBe('через 2 дня');
    expect(delayLabel({ type: 'after', value: 5, unit: 'days' } as never, russian)).toBe('через 5 дней');
    expect(delayLabel({ type: 'after', value: 1, unit: 'minutes', workTime: true } as never, russian)).toBe(
      'через 1 минуту · в рабочее время',
    );
  });

  it('keeps the English wording by default', () => {
    expect(delayLabel({ type: 'after', value: 3, unit: 'days' } as never)).toBe('after 3 days');
    expect(delayLabel({ type: 'after', value: 1, unit: 'hours', workTime: true } as never)).toBe(
      'after 1 hour · working hours',
    );
  });

  it('says how many conditions a group holds', () => {
    const leaf = { field: 'order.paid', op: 'eq', value: true };
    expect(conditionLabel({ all: [leaf, leaf, leaf] } as never, russian)).toBe('все 3 условия');
    expect(conditionLabel({ any: [leaf, leaf, leaf, leaf, leaf] } as never, russian)).toBe(
      'любое из 5 условий',
    );
    expect(conditionLabel({ all: [leaf, leaf] } as never)).toBe('all of 2 conditions');
  });

  it('says what a drop does', () => {
    expect(slotText(DEFAULT_FLOW, { kind: 'parallel', before: null }, russian)).toBe(
      'Запустится при переходе в статус',
    );
    expect(slotText(DEFAULT_FLOW, { kind: 'after', previous: 'gone' } as never, russian)).toBe(
      'Выполнится после робота выше',
    );
    expect(slotText(DEFAULT_FLOW, { kind: 'after', previous: 'gone' } as never)).toBe(
      'Runs after the robot above',
    );
  });
});
