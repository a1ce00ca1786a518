import { beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/domain/flow';
import type { LintProblem } from '../../../src/domain/lint';
import { LINT_CODES, lintFlow, lintHelp, lintTitle } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { loadTranslator } from '../../../src/i18n/load';
import type { Translator } from '../../../src/i18n/translator';
import { HAZARD_CASES } from '../../fixtures/hazards/designs';
import { addRobot, flowWith, robot, trigger } from './helpers';

/*
 * Every lint code, met in Russian: designs that between them trigger each code, linted with the
 * Russian translator. No message may read as English (three Latin words in a row, once the user's
 * own names in «…»/“…” are taken out), and every code has a Russian title and help.
 */

const DESIGNS: Flow[] = [
  ...HAZARD_CASES.map((c) => c.hazard),
  flowWith((d) => {
    robot(d, 'n_sms').settings.text = '';
    robot(d, 's_robocall').settings.speed = 'warp';
    robot(d, 'n_email_new').settings.subject = 'Заказ {{order.acountNumber}} {{robots.n_code.code}}';
    robot(d, 'p_task').settings.title = 'Отгрузить {{robots.nope.code}} {{order.custom.gift}}';
    robot(d, 'f_email_thanks').settings.subject = 'Код {{robots.n_code.number}}';
    robot(d, 'n_cancel').condition = {
      all: [
        { field: 'order.payed', op: 'eq', value: true },
        { field: 'order.price', op: 'eq', value: 'много' },
        { field: 'order.paid', op: 'gt', value: 1 },
        { field: 'order.price', op: 'in', value: 5 },
        { field: 'order.price', op: 'contains', value: 5 },
        { field: 'order.deliveryStatus', op: 'eq', value: 'lost' },
        { field: '', op: 'eq', value: 1 },
        { field: 'order.price', op: 'eq' },
        { field: 'order.custom.gift', op: 'notEmpty' },
      ],
    };
    robot(d, 'n_email_reminder').delay = { type: 'after', value: 1, unit: 'days', basis: 'order.price' };
    robot(d, 'd_notify').delay = { type: 'after', value: 1, unit: 'days', basis: 'order.payDate' };
    d.triggers.push({ id: 'back', type: 'site.visit', status: 'N', settings: {} });
    d.triggers.push({
      id: 'ship',
      type: 'shipment.changed',
      status: 'F',
      settings: { shipmentCondition: { field: 'order.price', op: 'eq', value: 1 } },
    });
  }),
  flowWith((d) => {
    Object.assign(robot(d, 's_robocall').settings, {
      mode: 'audio',
      audioUrl: 'ftp://files.example.com/a.mp3',
    });
    robot(d, 'n_sms').settings.text = 'ж'.repeat(205);
    robot(d, 'p_email_paid').after = 'n_code';
    robot(d, 'p_task').after = 'ghost';
    robot(d, 'n_code').after = 'n_sms';
    d.statuses[1].name = d.statuses[0].name;
    d.statuses.push({ id: 'X', name: 'Архив', semantics: 'process', color: '#cccccc' });
    d.statuses.push({ ...d.statuses[0], name: 'Копия' });
    robot(d, 'd_notify').settings.recipients = ['responsible', 'e99'];
    trigger(d, 't_payment').executeBy = 'e42';
    trigger(d, 't_shipment').id = 'n_sms';
    addRobot(d, { id: 'cancel2', type: 'order.cancel', status: 'P', settings: { statusId: 'S' } });
    addRobot(d, { id: 'mv', type: 'order.status', status: 'P', settings: { statusId: 'nowhere' } });
    addRobot(d, { id: 'lost', type: 'log.write', status: 'Q', settings: { text: 'x' } });
    addRobot(d, {
      id: 'edit',
      type: 'order.update',
      status: 'P',
      settings: { fields: [{ field: 'order.colour', value: 'red' }] },
    });
    d.triggers.push({ ...d.triggers[0], id: 't_payment2' });
    trigger(d, 't_delivered').status = 'Q';
  }),
];

const ENGLISH_RUN = /\b[A-Za-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\b/;
/** The message without the design's own names (quoted) and without inserted field values in "…". */
const withoutNames = (text: string) => text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, '«»');

let russian: Translator;
let problems: LintProblem[];

beforeAll(async () => {
  russian = await loadTranslator('ru');
  problems = DESIGNS.flatMap((flow) => lintFlow(flow, DEFAULT_ENVIRONMENT, russian));
});

describe('every lint code in Russian', () => {
  it('the designs trigger every code', () => {
    const seen = new Set(problems.map((p) => p.code));
    expect(Object.keys(LINT_CODES).filter((code) => !seen.has(code as never))).toEqual([]);
  });

  it('no message or quick fix reads as English', () => {
    const english = problems
      .flatMap((p) => [p.message, p.fix?.title ?? ''])
      .filter((text) => ENGLISH_RUN.test(withoutNames(text)));
    expect(english).toEqual([]);
  });

  it('every message has Cyrillic words', () => {
    expect(
      problems.filter((p) => !/[а-яё]{3,}/i.test(withoutNames(p.message))).map((p) => p.message),
    ).toEqual([]);
  });

  it('every code has a Russian title and help', () => {
    for (const code of Object.keys(LINT_CODES)) {
      expect(russian.has(`lint.code.${code}.title`), code).toBe(true);
      expect(russian.has(`lint.code.${code}.help`), code).toBe(true);
      expect(lintTitle(code, russian)).toMatch(/[а-яё]/i);
      expect(lintHelp(code, russian)).toMatch(/[а-яё]/i);
      expect(lintTitle(code, russian)).not.toBe(lintTitle(code));
    }
  });
});

describe('Russian sentences of the converted rules', () => {
  const lintRu = (flow: Flow) => lintFlow(flow, DEFAULT_ENVIRONMENT, russian);
  const messageOf = (code: string, flow: Flow) => lintRu(flow).find((p) => p.code === code)?.message;

  it('OF809 counts parts and characters with Russian plural forms', () => {
    const sms = (text: string) => flowWith((d) => (robot(d, 'n_sms').settings.text = text));
    expect(messageOf('OF809', sms('x'.repeat(161)))).toBe(
      'Со значениями тестового заказа «SMS with the order number» уйдёт 2 частями: в тексте 161 символ в кодировке GSM-7, а в одну часть помещается 153 символа GSM-7.',
    );
    expect(messageOf('OF809', sms('ж'.repeat(72)))).toContain(
      '2 частями: в тексте 72 символа в кодировке UCS-2',
    );
    expect(messageOf('OF809', sms('ж'.repeat(199)))).toContain('3 частями: в тексте 199 символов');
  });

  it('OF801, OF805, OF810: whole sentences', () => {
    const message = (code: string) => messageOf(code, HAZARD_CASES.find((c) => c.code === code)!.hazard);
    expect(message('OF801')).toBe(
      '«Allow delivery» и «Mark shipped» записывают «Статус доставки» при переходе заказа в статус «Paid, preparing for shipment», и ни один не ждёт другого: какое значение останется, зависит только от их порядка на схеме.',
    );
    expect(message('OF805')).toBe(
      'Условие робота «Payment reminder» никогда не выполняется («Сумма заказа» не может быть одновременно больше 500 и меньше 100): робот всегда пропускается.',
    );
    expect(message('OF810')).toBe(
      '«SMS with the order number» отправляется на мобильный телефон клиента, но ни одно условие не проверяет, что он есть у заказа: если его нет, робот завершится с ошибкой «Не указан номер телефона».',
    );
  });

  it('OF401 names the robot once and says what the chosen status means', () => {
    const flow = flowWith((d) =>
      addRobot(d, { id: 'c2', type: 'order.cancel', status: 'P', settings: { statusId: 'S' } }),
    );
    expect(messageOf('OF401', flow)).toBe(
      '«Отменить заказ» отменяет заказ и переводит его в статус «Shipped», а в нём заказ ещё в работе; выберите статус неуспешного завершения, например «Отменён».',
    );
  });

  it('OF503 and OF504 name the field by its Russian label and the operator as the editor does', () => {
    const withCondition = (condition: unknown) =>
      flowWith((d) => (robot(d, 'n_cancel').condition = condition));
    expect(messageOf('OF503', withCondition({ field: 'order.paid', op: 'gt', value: true }))).toBe(
      'Условие в «Cancel if not paid» (Отменить заказ) не сработает как задумано: «больше» сравнивает только числа и даты, а «Оплачен» — поле «да/нет».',
    );
    expect(messageOf('OF503', withCondition({ field: 'order.price', op: 'eq', value: 'много' }))).toContain(
      'в поле «Сумма заказа» ожидается число, а указано: текст «много».',
    );
    expect(messageOf('OF504', withCondition({ field: 'order.price', op: 'gt' }))).toContain(
      'проверяет «Сумма заказа», но не указано значение для сравнения',
    );
  });
});
