import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { createTranslator } from '../../../src/i18n';
import { englishTranslator } from '../../../src/i18n/english';
import ru from '../../../src/i18n/messages/all.ru';
import { outputLabelText, robotErrorText, runErrorText } from '../../../src/i18n/runText';
import { flowNames, formatWhen, offsetFrom, spanText } from '../../../src/i18n/timelineText';

const russian = createTranslator('ru', ru);
const namesIn = (translator = englishTranslator) => flowNames(DEFAULT_FLOW, DEFAULT_ENVIRONMENT, translator);

describe('robot failures at display time', () => {
  it('reads the catalog’s English failures in Russian', () => {
    const names = namesIn(russian);
    const ru = (error: string, type?: Parameters<typeof robotErrorText>[2]) =>
      robotErrorText(error, names, type, russian);
    expect(ru('Provider is not configured')).toBe('SMS-провайдер не настроен');
    expect(ru('Phone number is not specified')).toBe('Не указан номер телефона');
    expect(ru("Client's e-mail is not specified")).toBe('Не указан e-mail клиента');
    expect(ru('Message text exceeds 200 characters')).toBe('Текст сообщения длиннее 200 символов');
    expect(ru('Message text exceeds 21 characters')).toBe('Текст сообщения длиннее 21 символа');
    expect(ru('Recipient "supervisor" cannot be resolved')).toBe(
      'Не удалось определить получателя: руководитель ответственного',
    );
    expect(ru('Recipient "e2" cannot be resolved')).toBe('Не удалось определить получателя: John Carter');
    expect(ru('Status "N" is not a failure status')).toBe(
      'Статус «Accepted, awaiting payment» не относится к неуспешным',
    );
    expect(ru('Value of "order.paid" is not a boolean')).toMatch(/должно быть «да» или «нет»$/);
    expect(ru('Setting "Origination number" is required', 'call.robocall')).toMatch(
      /^Не заполнена настройка «.+»$/,
    );
    // An unknown text (a future robot's) is shown as it is.
    expect(ru('Something new went wrong')).toBe('Something new went wrong');
  });

  it('names fields, not their paths, in English too', () => {
    const names = namesIn();
    expect(robotErrorText('Cannot schedule: order.paymentDueDate is empty', names, undefined)).not.toContain(
      'order.',
    );
    expect(robotErrorText('Cannot schedule: order.custom.deliveryDate is empty', names, undefined)).toBe(
      "Cannot schedule: deliveryDate is empty. Fill in the date field in the scenario or change the robot's delay.",
    );
    expect(robotErrorText('Unknown field "order.custom.note"', names, undefined)).toBe(
      'Unknown field "note"',
    );
    expect(robotErrorText('Provider is not configured', names, undefined)).toBe('Provider is not configured');
    expect(
      robotErrorText(
        'Cannot schedule: order.custom.deliveryDate is empty',
        namesIn(russian),
        undefined,
        russian,
      ),
    ).toBe(
      'Не удалось запланировать: поле «deliveryDate» не заполнено. Укажите дату в сценарии или измените задержку робота.',
    );
  });

  it('labels output rows in Russian, numbered ones and field paths included', () => {
    const names = namesIn(russian);
    expect(outputLabelText('To', names, russian)).toBe('Кому');
    expect(outputLabelText('Notified 2', names, russian)).toBe('Получатель 2');
    expect(outputLabelText('Moves to', names, russian)).toBe('Новый статус');
    expect(outputLabelText('To', names)).toBe('To');
  });
});

describe('times in the log', () => {
  it('counts waits with Russian plural forms after «через»', () => {
    const minute = 60_000;
    const hour = 60 * minute;
    const day = 24 * hour;
    expect(spanText(day, russian)).toBe('1 день');
    expect(spanText(3 * day, russian)).toBe('3 дня');
    expect(spanText(6 * day + 23 * hour, russian)).toBe('6 дней 23 часа');
    expect(spanText(21 * minute, russian)).toBe('21 минуту');
    expect(spanText(2 * hour + 5 * minute, russian)).toBe('2 часа 5 минут');
    expect(spanText(3 * day)).toBe('3 days');
  });

  it('writes instants and offsets in the language, in the flow’s time zone', () => {
    expect(formatWhen('2025-03-04T19:00:00Z', 'Europe/Moscow', russian)).toBe('4 марта 2025 г. в 22:00');
    expect(formatWhen('2025-03-04T19:00:00Z', 'Europe/Moscow')).toBe('Tue, 4 Mar 2025, 22:00');
    expect(offsetFrom('2025-03-03T17:00:00Z', '2025-03-04T20:00:00Z', russian)).toBe('+1 дн. 03:00');
    expect(offsetFrom('2025-03-03T17:00:00Z', '2025-03-04T20:00:00Z')).toBe('+1d 03:00');
  });
});

describe('why a run could not start', () => {
  it('says it without the ids, in Russian and English', () => {
    expect(runErrorText('Unknown start status "Q"', russian)).toBe(
      'сценарий начинается в статусе, которого нет в схеме',
    );
    expect(runErrorText('Unknown start status "Q"')).toBe(
      'the scenario starts in a status the design does not have',
    );
    expect(runErrorText('Something unexpected', russian)).toBe('Something unexpected');
  });
});
