import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import { robotId, statusId } from '../../../src/domain/ids';
import { canConnect, canMove } from '../../../src/domain/rules';
import { parseClipboard } from '../../../src/domain/clipboard';
import { robotTitle } from '../../../src/domain/naming';
import { createTranslator } from '../../../src/i18n';
import en from '../../../src/i18n/messages/all.en';
import ru from '../../../src/i18n/messages/all.ru';
import {
  apiErrorMessage,
  conflictError,
  httpError,
  networkError,
  timeoutError,
} from '../../../src/io/api/errors';
import { compileProcess } from '../../../src/io/bpmn/compile';
import type { Scope } from '../../../src/io/bpmn/graph';
import { importText, readImportFile } from '../../../src/io/exchange/importText';
import { decodeShareFragment } from '../../../src/io/exchange/share';
import { IO_CODES, ioCodeHelp } from '../../../src/io/problems';
import type { IoCode } from '../../../src/io/problems';
import { sampleFlow } from '../commands/helpers';

const russian = createTranslator('ru', ru, en);

/** Every element name of a compiled BPMN process, nested scopes included. */
function namesOf(scope: Scope): string[] {
  const out: string[] = [];
  for (const node of scope.nodes) {
    if (node.name) out.push(node.name);
    if (node.scope) out.push(...namesOf(node.scope));
  }
  for (const flow of scope.flows) if (flow.name) out.push(flow.name);
  return out;
}

describe('io messages in Russian', () => {
  it('says a network failure, a timeout and a 409 in Russian, English by default', () => {
    const offline = networkError('TypeError: Failed to fetch');
    expect(apiErrorMessage(offline, russian)).toBe(
      'Не удалось связаться с сервером. Проверьте подключение к интернету и повторите попытку. Ваша схема по-прежнему открыта здесь, ничего не потеряно.',
    );
    expect(apiErrorMessage(offline)).toBe(offline.message);
    expect(offline.message).toMatch(/^The server could not be reached/);

    expect(apiErrorMessage(timeoutError(21_000), russian)).toMatch(/^Сервер не ответил за 21 секунду\./);
    expect(apiErrorMessage(timeoutError(3_000), russian)).toMatch(/^Сервер не ответил за 3 секунды\./);
    expect(apiErrorMessage(timeoutError(15_000), russian)).toMatch(/^Сервер не ответил за 15 секунд\./);

    const conflict = conflictError({ flow: sampleFlow(), revision: 7 });
    expect(apiErrorMessage(conflict, russian)).toBe(
      'Кто-то сохранил этот процесс (версия 7) после того, как вы его открыли. Выберите: загрузить их версию, перезаписать её своей или сохранить свою как копию.',
    );
    expect(apiErrorMessage(httpError(503), russian)).toMatch(/^На сервере произошла ошибка \(код 503\)\./);
    expect(apiErrorMessage(httpError(403), russian)).toMatch(/^У вас нет прав на это действие\./);
  });

  it('refuses a bad import file in Russian', async () => {
    const notJson = importText('{"format": "orderflow.flow",', 'flow', russian);
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0]!.message).toMatch(/^Файл не является корректным JSON/);

    const empty = importText('   ', 'flow', russian);
    if (!empty.ok) expect(empty.errors[0]!.message).toBe('Файл пустой, а ожидался документ JSON.');

    const scenario = importText('{"format": "orderflow.scenario", "version": 1}', 'flow', russian);
    expect(scenario.ok).toBe(false);
    if (!scenario.ok)
      expect(scenario.errors[0]).toMatchObject({
        code: 'OF002',
        path: '$.format',
        message: 'Это сценарий Orderflow, а не процесс.',
      });

    const newer = importText(JSON.stringify({ ...sampleFlow(), version: 9 }), 'flow', russian);
    if (!newer.ok)
      expect(newer.errors[0]!.message).toBe(
        'Документ записан в версии формата 9 более новым Orderflow; эта версия читает форматы до 1 включительно.',
      );

    const huge = new Blob([new Uint8Array(6 * 1024 * 1024)]);
    expect(await readImportFile(huge, russian)).toEqual({
      ok: false,
      message: 'Файл больше 5 МБ, а экспорт Orderflow намного меньше.',
    });

    const link = await decodeShareFragment('#flow=x.!!', russian);
    if (!link.ok) expect(link.errors[0]!.message).toMatch(/^Ссылка повреждена/);
  });

  it('says why a connection, a move or an edit is refused, by the robots’ names', () => {
    const flow = sampleFlow();
    flow.robots[0]!.name = 'Записать в журнал';
    flow.robots[1]!.name = 'Отправить SMS';
    const loop = canConnect(flow, robotId('a3'), robotId('a1'), russian);
    expect(loop.ok ? '' : loop.reason).toBe(
      `«Записать в журнал» уже стоит раньше «${robotTitle(flow.robots[2]!, russian)}» — получится замкнутый круг.`,
    );
    const taken = canConnect(flow, robotId('a4'), robotId('a2'), russian);
    expect(taken.ok ? '' : taken.reason).toBe(
      '«Отправить SMS» уже запускается после «Записать в журнал», а у робота может быть только один предыдущий.',
    );
    expect(canConnect(flow, robotId('a1'), robotId('b1'), russian)).toMatchObject({
      reason: 'Робот может запускаться только после робота из того же статуса.',
    });
    expect(canMove(flow, robotId('a1'), statusId('A'), russian)).toMatchObject({
      reason: 'Робот уже находится в этом статусе.',
    });
    const tooFew = applyCommand(flow, { type: 'flow.rename', name: '  ' }, russian);
    expect(tooFew).toMatchObject({ ok: false, reason: 'У процесса должно быть название.' });
    const gone = applyCommand(flow, { type: 'robot.delete', id: robotId('zz') }, russian);
    expect(gone).toMatchObject({ ok: false, code: 'unknown-robot', reason: 'Этого робота уже нет в схеме.' });
    // English by default, never an id.
    const english = applyCommand(flow, { type: 'robot.delete', id: robotId('zz') });
    expect(english).toMatchObject({ reason: 'This robot is no longer in the design.' });
  });

  it('says what is wrong with the clipboard in Russian', () => {
    expect(parseClipboard('hello', russian)).toEqual({
      ok: false,
      error: 'В буфере обмена нет роботов или триггеров Orderflow.',
    });
  });

  it('names BPMN elements by the people’s names, with the export’s words in Russian', () => {
    const flow = sampleFlow();
    flow.statuses[0]!.name = 'Принят';
    flow.robots[0]!.name = 'Записать в журнал';
    const names = namesOf(compileProcess(flow, russian).root);
    expect(names).toContain('Заказ оформлен');
    expect(names).toContain('Заказ покидает статус «Принят»');
    expect(names).toContain('После «Записать в журнал»');
    expect(names.join('\n')).not.toMatch(/\bA\b|a1|Order placed/);
    const english = namesOf(compileProcess(flow).root);
    expect(english).toContain('Order leaves Принят');
    expect(english).toContain('Order placed');
  });

  it('explains every reading code in both languages, the English as IO_CODES says', () => {
    for (const [code, english] of Object.entries(IO_CODES)) expect(ioCodeHelp(code as IoCode)).toBe(english);
    expect(ioCodeHelp('OF001', russian)).toBe('Файл не является корректным JSON.');
  });
});
