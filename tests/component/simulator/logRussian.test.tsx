import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/domain/flow';
import { simulate } from '../../../src/engine';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { TimelinePanel } from '../../../src/panels/simulator';
import { flow as defaultFlow, sample } from './harness';

/*
 * The run log of the default design in Russian: the log's own words, times, robot
 * results and failures. The flow's names are the user's data and never translated, so the design is
 * given Russian names here, as a Russian shop would write them: then no row may keep an English word.
 */
const STATUSES: Record<string, string> = {
  N: 'Принят, ждёт оплаты',
  P: 'Оплачен',
  S: 'Отгружен',
  F: 'Завершён',
  D: 'Отменён',
};
const ROBOTS: Record<string, string> = {
  n_code: 'Номер заказа',
  n_sms: 'SMS с номером заказа',
  n_email_new: 'Письмо о новом заказе',
  n_email_reminder: 'Напоминание об оплате',
  n_cancel: 'Отмена без оплаты',
  p_allow_delivery: 'Разрешить доставку',
  p_email_paid: 'Письмо об оплате',
  p_task: 'Задача на сборку',
  s_sms_tracking: 'SMS с трек-номером',
  s_robocall: 'Звонок о доставке',
  f_email_thanks: 'Письмо с благодарностью',
  f_chat_whisper: 'Заметка для коллег',
  d_email_canceled: 'Письмо об отмене',
  d_notify: 'Уведомить ответственного',
};
const TRIGGERS: Record<string, string> = {
  t_payment: 'Оплата',
  t_shipment: 'Отгрузка',
  t_delivered: 'Доставлен',
  t_canceled: 'Заказ отменён',
};

const flow: Flow = {
  ...defaultFlow,
  statuses: defaultFlow.statuses.map((s) => ({ ...s, name: STATUSES[s.id] ?? s.name })),
  robots: defaultFlow.robots.map((r) => ({ ...r, name: ROBOTS[r.id] ?? r.name })),
  triggers: defaultFlow.triggers.map((t) => ({ ...t, name: TRIGGERS[t.id] ?? t.name })),
};

function renderLog(slug: string) {
  const timeline = simulate(flow, sample(slug));
  render(
    <I18nProvider initial={createTranslator('ru', ru)}>
      <TimelinePanel flow={flow} timeline={timeline} onSelectEntry={() => undefined} />
    </I18nProvider>,
  );
  const log = screen.getByRole('list', { name: 'Журнал' });
  const rows = within(log).getAllByRole('listitem');
  /** The row's own words: its button's name (number, offset, time, kind, node, result). */
  const line = (row: HTMLElement) => within(row).getAllByRole('button')[0]!.getAttribute('aria-label')!;
  return { timeline, rows, line };
}

describe('the run log in Russian', () => {
  it('tells the whole "paid and delivered" run in Russian sentences, with times in the flow zone', () => {
    const { timeline, rows, line } = renderLog('paid-and-delivered');
    expect(rows).toHaveLength(timeline.entries.length);
    const lines = rows.map(line);
    // The start, with the instant in the flow's time zone (17:00 UTC is 09:00 in Los Angeles).
    expect(lines[0]).toBe(
      '1. +0 дн. 00:00 3 марта 2025 г. в 09:00 Вход в статус Принят, ждёт оплаты: Заказ начинает путь с этого статуса',
    );
    // Delays with their Russian plural forms and the exact instant.
    expect(lines).toContain(
      '4. +0 дн. 00:00 3 марта 2025 г. в 09:00 Запланирован Напоминание об оплате: Запустится через 3 дня, 6 марта 2025 г. в 09:00',
    );
    expect(lines).toContain(
      '5. +0 дн. 00:00 3 марта 2025 г. в 09:00 Запланирован Отмена без оплаты: Запустится через 6 дней 23 часа, 10 марта 2025 г. в 09:00',
    );
    expect(
      lines.some((l) => l.endsWith('Звонок о доставке: Запустится через 1 день, 5 марта 2025 г. в 12:00')),
    ).toBe(true);
    // Status changes with the status names.
    expect(lines).toContain(
      '13. +0 дн. 02:00 3 марта 2025 г. в 11:00 Сработал триггер Оплата: Переводит заказ из статуса «Принят, ждёт оплаты» в статус «Оплачен»',
    );
    expect(lines).toContain(
      '17. +0 дн. 02:00 3 марта 2025 г. в 11:00 Вход в статус Оплачен: Из статуса «Принят, ждёт оплаты», перевёл триггер «Оплата»',
    );
    expect(lines).toContain(
      '14. +0 дн. 02:00 3 марта 2025 г. в 11:00 Отменён Напоминание об оплате: Не запустился: заказ раньше ушёл из статуса',
    );
    expect(lines.at(-1)).toMatch(/Конец: Больше нечего выполнять$/);
    // The SMS that was sent, with its text, provider and recipient under Russian labels.
    const sms = rows.find((r) => line(r).includes('Выполнен SMS с номером заказа'))!;
    expect(line(sms)).toMatch(/: Готово$/);
    expect([...sms.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Кому', 'Провайдер', 'Текст']);
    expect(sms).toHaveTextContent('Текст' + 'Thank you for your order! Your order number is ORD-2025-00001');
    // The task's deadline in Russian, an email's condition in words.
    const task = rows.find((r) => line(r).includes('Выполнен Задача на сборку'))!;
    expect(task).toHaveTextContent('ИсполнительJohn Carter');
    expect(task).toHaveTextContent('Крайний срок4 марта 2025 г. в 11:00');
    expect(lines.some((l) => l.endsWith('Письмо о новом заказе: Условие выполнено: робот отработал'))).toBe(
      true,
    );
    const chat = rows.find((r) => line(r).includes('Выполнен Заметка для коллег'))!;
    expect(chat).toHaveTextContent('Кто видитТолько коллеги (скрытое сообщение)');
    // The log's own words hold no English: every line and every output label is Russian («SMS» is).
    for (const l of lines) expect(l.replaceAll('SMS', ''), l).not.toMatch(/[A-Za-z]{2,}/);
    for (const dt of document.querySelectorAll('dt')) expect(dt.textContent).toMatch(/^[А-Яа-яЁё ]+$/);
    // The filters too.
    expect(screen.getByRole('button', { name: /^Смена статусов \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Работа роботов \(\d+\)$/ })).toBeInTheDocument();
  });

  it('gives the reason of a failure in Russian', () => {
    const { rows, line } = renderLog('no-mobile-phone');
    const failed = rows.filter((r) => r.dataset.kind === 'robot.failed').map(line);
    expect(failed).toEqual([
      '9. +0 дн. 00:00 3 марта 2025 г. в 09:00 Ошибка SMS с номером заказа: Не указан номер телефона',
      '32. +2 дн. 00:00 5 марта 2025 г. в 09:00 Ошибка SMS с трек-номером: Не указан номер телефона',
    ]);
  });
});
