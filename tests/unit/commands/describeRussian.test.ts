import { describe, expect, it } from 'vitest';
import { describeCommand } from '../../../src/domain/commands';
import { robotId, statusId } from '../../../src/domain/ids';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { sampleFlow } from './helpers';

const russian = createTranslator('ru', ru);

describe('what a command did, in Russian', () => {
  const flow = sampleFlow();
  const sms = {
    id: robotId('sms9'),
    type: 'sms.send',
    status: statusId('B'),
    after: null,
    delay: { type: 'immediate' },
    settings: {},
  } as const;

  it('names the step with the design’s names in Russian words', () => {
    expect(describeCommand(flow, { type: 'robot.add', robot: sms }, russian)).toBe(
      'добавление робота «Send SMS» в статус «Paid»',
    );
    expect(
      describeCommand(
        flow,
        { type: 'status.update', id: statusId('B'), changes: { name: 'Оплачен' } },
        russian,
      ),
    ).toBe('переименование статуса «Paid» в «Оплачен»');
    expect(describeCommand(flow, { type: 'status.reorder', order: [] } as never, russian)).toBe(
      'изменение порядка статусов',
    );
  });

  it('counts the further changes of a gesture with Russian plural forms', () => {
    const statuses = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({
      type: 'status.add' as const,
      status: { id: statusId(`s-${name}`), name, color: '#3b82f6', semantics: 'process' as const },
    }));
    const batch = (n: number) =>
      describeCommand(flow, { type: 'batch', commands: statuses.slice(0, n) } as never, russian);
    expect(batch(3)).toBe('добавление статуса «a» и ещё 2 изменения');
    expect(batch(6)).toBe('добавление статуса «a» и ещё 5 изменений');
  });

  it('writes a holiday as a Russian date', () => {
    const workTime = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', holidays: ['2026-12-25'] };
    expect(describeCommand(flow, { type: 'flow.settings', changes: { workTime } }, russian)).toBe(
      'добавление выходного 25 декабря 2026 г.',
    );
  });
});

describe('undo in the designer’s language', () => {
  it('describes steps and says what undo did in Russian once the store is told the language', async () => {
    const { createDesignerStore } = await import('../../../src/store');
    const store = createDesignerStore(sampleFlow());
    store.getState().setLanguage(russian);
    store.getState().dispatch({ type: 'status.delete', id: statusId('C') });
    store.getState().dispatch({ type: 'status.update', id: statusId('B'), changes: { name: 'Оплачен' } });
    expect(store.getState().past.map((e) => e.description)).toEqual([
      'удаление статуса «Canceled»',
      'переименование статуса «Paid» в «Оплачен»',
    ]);
    store.getState().undo();
    expect(store.getState().toasts.at(-1)?.message).toBe(
      'Отменено: переименование статуса «Paid» в «Оплачен»',
    );
    store.getState().redo();
    store.getState().goTo(0);
    expect(store.getState().toasts.at(-1)?.message).toBe(
      'Отменено 2 шага, схема — как до шага «удаление статуса «Canceled»»',
    );
  });
});

describe('the headline of a change list in Russian', () => {
  it('counts what was added and removed', async () => {
    const { diffFlows, summarizeChanges } = await import('../../../src/domain/diff');
    const before = sampleFlow();
    const after = {
      ...before,
      statuses: [...before.statuses.slice(0, -1), { ...before.statuses.at(-1)!, id: statusId('Z') }],
    };
    expect(summarizeChanges(diffFlows(before, after), russian)).toBe('добавлено: 1, удалено: 1');
    expect(summarizeChanges([], russian)).toBe('Изменений нет');
  });
});
