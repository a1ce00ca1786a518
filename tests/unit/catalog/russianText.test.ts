import { describe, expect, it } from 'vitest';
import { robotDefinition, triggerDefinition } from '../../../src/domain/catalog';
import { fieldLabel } from '../../../src/domain/fields';
import type { Flow } from '../../../src/domain/flow';
import { robotId, statusId } from '../../../src/domain/ids';
import { namer } from '../../../src/domain/naming';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { templateAsLabels } from '../../../src/domain/templateParts';
import { createTranslator } from '../../../src/i18n';
import { catalogIssueMessage, localizedFields } from '../../../src/i18n/catalogFields';
import { englishTranslator } from '../../../src/i18n/english';
import ru from '../../../src/i18n/messages/all.ru';

const russian = createTranslator('ru', ru);
const names = namer(DEFAULT_FLOW, undefined, { t: russian });
const ctx = { names, t: russian };

describe('the catalog’s texts in Russian', () => {
  it('writes card summaries in Russian, with the design’s names', () => {
    expect(robotDefinition('order.status').summary({ statusId: 'D' }, ctx)).toBe(
      'Перевести в статус: Canceled',
    );
    expect(robotDefinition('sms.send').summary({ text: 'Заказ {{order.accountNumber}} оплачен' }, ctx)).toBe(
      'SMS клиенту: «Заказ ‹Номер заказа› оплачен»',
    );
    expect(robotDefinition('sms.send').summary({ text: '', phoneType: 'MOBILE' }, ctx)).toBe(
      'SMS на мобильный: текста пока нет',
    );
    expect(robotDefinition('email.send').summary({ subject: 'Спасибо', addressType: 'WORK' }, ctx)).toBe(
      'Письмо на рабочий адрес: «Спасибо»',
    );
    expect(robotDefinition('order.responsible').summary({ employeeId: 'responsible' }, ctx)).toBe(
      'Назначить ответственным: ответственный',
    );
    expect(triggerDefinition('payment.received').summary({}, ctx)).toBe('Когда заказ оплачен');
  });

  it('uses Russian plural forms: one, few and many', () => {
    const task = robotDefinition('task.create');
    expect(task.summary({ title: 'Собрать заказ', deadline: { value: 2, unit: 'days' } }, ctx)).toBe(
      'Задача «Собрать заказ», исполнитель: ответственный, срок — 2 дня',
    );
    const run = robotDefinition('workflow.run');
    const withParams = (n: number) =>
      run.summary(
        {
          workflowId: 'nope',
          parameters: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, 'x'])),
        },
        ctx,
      );
    expect(withParams(1)).toBe('Запустить бизнес-процесс «неизвестный бизнес-процесс» с 1 параметром');
    const leaf = { field: 'shipment.shipped', op: 'eq', value: true };
    const changed = (n: number) =>
      triggerDefinition('shipment.changed').summary(
        { shipmentCondition: { all: Array.from({ length: n }, () => leaf) } },
        ctx,
      );
    expect(changed(1)).toBe('Когда меняется отгрузка и выполнено 1 условие');
    expect(changed(2)).toBe('Когда меняется отгрузка и выполнены 2 условия');
    expect(changed(5)).toBe('Когда меняется отгрузка и выполнены 5 условий');
  });

  it('keeps the English summaries as they were', () => {
    const english = { names: namer(DEFAULT_FLOW), t: englishTranslator };
    expect(robotDefinition('order.status').summary({ statusId: 'D' }, english)).toBe('Move to Canceled');
    expect(
      robotDefinition('workflow.run').summary({ workflowId: 'x', parameters: { a: '1', b: '2' } }, english),
    ).toBe('Run workflow an unknown workflow with 2 parameters');
  });

  it('names the parts of a design in Russian: deleted references, people, places of twin cards', () => {
    expect(names.status('gone')).toBe('удалённый статус');
    expect(names.employee('responsible')).toBe('ответственный');
    expect(names.employee('supervisor')).toBe('руководитель ответственного');
    expect(names.field('order.paymentDueDate')).toBe('Оплатить до');
    const twins: Flow = {
      ...DEFAULT_FLOW,
      robots: [
        {
          ...DEFAULT_FLOW.robots[0]!,
          id: robotId('a'),
          name: undefined,
          type: 'sms.send',
          status: statusId('P'),
        },
        {
          ...DEFAULT_FLOW.robots[0]!,
          id: robotId('b'),
          name: undefined,
          type: 'sms.send',
          status: statusId('P'),
        },
      ],
    };
    const twinNames = namer(twins, undefined, { t: russian });
    expect(twinNames.robot('b')).toBe('«Отправить SMS» (2-й в «Paid, preparing for shipment»)');
    expect(namer(twins).robot('b')).toBe('“Send SMS” (2nd in Paid, preparing for shipment)');
  });

  it('reads order fields and template inserts in Russian', () => {
    expect(fieldLabel('order.accountNumber', russian)).toBe('Номер заказа');
    expect(fieldLabel('order.accountNumber')).toBe('Order number');
    expect(templateAsLabels('Заказ {{order.accountNumber}}', { t: russian })).toBe('Заказ ‹Номер заказа›');
  });

  it('translates setting labels, options and the schemas’ messages at the UI edge', () => {
    const sms = robotDefinition('sms.send');
    const fields = localizedFields(russian, 'robot', 'sms.send', sms.fields);
    const recipient = fields.find((f) => f.key === 'recipient')!;
    expect(recipient.label).toBe('Получатель');
    expect(recipient.options?.map((o) => o.label)).toEqual(['Клиент', 'Сотрудник']);
    expect(localizedFields(englishTranslator, 'robot', 'sms.send', sms.fields)).toEqual(sms.fields);
    expect(catalogIssueMessage(russian, 'Enter the SMS text')).toBe('Введите текст SMS');
    expect(catalogIssueMessage(russian, 'Enter the SMS text.')).toBe('Введите текст SMS.');
    expect(catalogIssueMessage(russian, 'Something else')).toBe('Something else');
  });
});
