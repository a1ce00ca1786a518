import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { robotDefinition } from '../../../src/domain/catalog';
import { judgeCondition } from '../../../src/domain/conditionSense';
import { checkWithSchema } from '../../../src/domain/lint/zodIssues';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { localizedFields } from '../../../src/i18n/catalogFields';
import { loadTranslator } from '../../../src/i18n/load';
import type { Translator } from '../../../src/i18n/translator';
import { settingsMessages } from '../../../src/panels/inspector/settingsMessages';
import { locateProblem } from '../../../src/panels/problems/locate';
import { severityLabel } from '../../../src/ui/SeverityIcon';

/* The pieces around lint messages in Russian: where a problem is, schema issues, the settings form. */

let ru: Translator;
beforeAll(async () => {
  ru = await loadTranslator('ru');
});

describe('where a problem is, in Russian', () => {
  it('names the robot, its type, the part and the setting as the inspector does', () => {
    const sms = DEFAULT_FLOW.robots.findIndex((r) => r.id === 'n_sms');
    const at = locateProblem(DEFAULT_FLOW, { path: `$.robots[${sms}].settings.text` }, ru);
    expect(at).toMatchObject({ nodeLabel: 'SMS with the order number', typeTitle: 'Отправить SMS' });
    expect(at.fieldLabel).toBe(ru.t('catalog.robot.sms.send.field.text.label' as never));
    expect(at.fieldLabel).toMatch(/[а-я]/i);
    expect(locateProblem(DEFAULT_FLOW, { path: `$.robots[${sms}].condition.field` }, ru).fieldLabel).toBe(
      'Условие',
    );
    expect(locateProblem(DEFAULT_FLOW, { path: '$.robots[99].delay' }, ru).nodeLabel).toBe('Робот 100');
    expect(locateProblem(DEFAULT_FLOW, { path: '$.settings.timezone' }, ru).fieldLabel).toBe('Часовой пояс');
    // English stays as it was.
    expect(locateProblem(DEFAULT_FLOW, { path: '$.robots[99].delay' }).nodeLabel).toBe('Robot 100');
  });

  it('says the severity in Russian', () => {
    expect(severityLabel('error', ru)).toBe('Ошибка');
    expect(severityLabel('warning')).toBe('Warning');
  });
});

describe('schema issues in Russian', () => {
  const schema = z.object({ tags: z.array(z.string()).min(2), code: z.string().max(5), count: z.number() });
  const messages = (value: unknown, translator?: Translator) => {
    const result = checkWithSchema(schema, value, translator);
    return result.ok ? [] : result.problems.map((p) => p.message);
  };

  it('writes plain Russian sentences with plural forms, the key only in the path', () => {
    expect(messages({ tags: ['a'], code: 'abcdefg', count: 'пять' }, ru)).toEqual([
      'Нужно не меньше 2 элементов.',
      'Текст длиннее 5 символов.',
      'Ожидается число, а указано: текст «пять».',
    ]);
    const missing = checkWithSchema(schema, { tags: ['a', 'b'], code: 'x' }, ru);
    expect(missing).toMatchObject({ ok: false, problems: [{ path: ['count'], empty: true }] });
    expect(!missing.ok && missing.problems[0]!.message).toBe('Не заполнено обязательное значение.');
  });

  it('keeps English as it was', () => {
    expect(messages({ tags: ['a'], code: 'abcdefg', count: 'five' })).toEqual([
      'Needs at least 2 item(s).',
      'Is longer than 5 characters.',
      'Expected a number, found the text "five".',
    ]);
    expect(messages({ tags: ['a', 'b'], code: 'x' })).toEqual(['"count" is missing.']);
  });
});

describe('the settings form in Russian', () => {
  const def = robotDefinition('sms.send');
  const form = (settings: Record<string, unknown>, translator: Translator) =>
    settingsMessages(
      localizedFields(translator, 'robot', 'sms.send', def.fields),
      def.settingsSchema,
      settings,
      translator,
    );
  const base = DEFAULT_FLOW.robots.find((r) => r.id === 'n_sms')!.settings;

  it('asks for a required setting and counts characters in Russian', () => {
    const label = ru.t('catalog.robot.sms.send.field.text.label' as never);
    // The catalog's own message for an empty text, in Russian.
    expect(form({ ...base, text: '' }, ru).text).toEqual(['Введите текст SMS']);
    expect(form({ ...base, text: 'ж'.repeat(201) }, ru).text).toContain(
      `«${label}»: текст длиннее 200 символов.`,
    );
  });
});

describe('condition judgements in Russian', () => {
  it('explains a contradiction and a tautology with field labels and Russian values', () => {
    const never = judgeCondition(
      {
        all: [
          { field: 'order.price', op: 'gt', value: 5000 },
          { field: 'order.price', op: 'lt', value: 100 },
        ],
      },
      ru,
    );
    expect(never.verdict).toBe('never');
    // The number in Russian digits (a no-break space between thousands).
    expect(never.reason).toMatch(/^«Сумма заказа» не может быть одновременно больше 5\s000 и меньше 100$/);
    const always = judgeCondition(
      {
        any: [
          { field: 'order.paid', op: 'eq', value: true },
          { field: 'order.paid', op: 'eq', value: false },
        ],
      },
      ru,
    );
    expect(always.reason).toBe('«Оплачен» либо «да», либо «нет»');
  });
});
