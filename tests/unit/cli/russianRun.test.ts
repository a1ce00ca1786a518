import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { describeTime } from '../../../src/engine/describeTime';
import { createTranslator } from '../../../src/i18n';
import { serializeDocument } from '../../../src/io';
import en from '../../../src/i18n/messages/all.en';
import ru from '../../../src/i18n/messages/all.ru';
import { cli, cliAsync, memoryIo } from './helpers';

/* What a run says to a person with `--lang ru`: the table, the explanations, test failures, reading problems. */

const file = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const FILES = {
  'f.json': file('conformance/ex1-paid-shipped.flow.json'),
  'ok.json': file('conformance/ex1-paid-shipped.scenario.json'),
  'bad.json': file('conformance/ex4b-expectations-fail.scenario.json'),
  'never.json': file('conformance/ex2-never-paid.flow.json'),
  'never-scenario.json': file('conformance/ex2-never-paid.scenario.json'),
  'v0.json': file('migrations/flow.v0.json'),
};
const russian = createTranslator('ru', ru, en);

/** An instant of the paid-and-shipped run as the run's texts write it («+0 д 02:00 (29 марта …)»). */
const when = (iso: string) =>
  describeTime(Date.parse(iso), Date.parse('2024-03-29T17:30:00Z'), 'Europe/Berlin', russian);

/** The paid-and-shipped flow with a status colour and a robot's delay that the format refuses. */
function brokenFlow(): string {
  const flow = JSON.parse(FILES['f.json']) as {
    statuses: { color: string }[];
    robots: { delay: unknown }[];
  };
  flow.statuses[0]!.color = 'red';
  flow.robots[0]!.delay = 5;
  return JSON.stringify(flow);
}

describe('a run read in Russian', () => {
  it('prints the timeline as the designer’s run log words it, instants in Russian', () => {
    const r = cli(['simulate', 'f.json', 'ok.json', '--format', 'text', '--lang', 'ru'], FILES);
    expect(r.code).toBe(0);
    const [title, header, ...rows] = r.stdout.split('\n');
    expect(title).toBe('ok.json — paid after 2 hours, shipped by reaction, delivered');
    expect(header).toMatch(/^ВРЕМЯ +СОБЫТИЕ +СТАТУС +ЭЛЕМЕНТ +ПОДРОБНОСТИ$/);
    const row = (text: string) => rows.find((line) => line.includes(text));
    expect(row('Поставить задачу  ')).toMatch(
      /Запланирован +Paid, preparing for shipment +Поставить задачу +Запустится через 3 дня 11 часов, 2 апреля 2024 г\. в 09:00$/,
    );
    expect(row('Сработал триггер')).toMatch(
      /Оплата +Переводит заказ из статуса «Accepted, awaiting payment» в статус «Paid, preparing for shipment»$/,
    );
    expect(row('Конец')).toMatch(/Completed +Больше нечего выполнять$/);
    expect(r.stdout).toMatch(/\n\nИтог: заказ в статусе «Completed», роботов в очереди нет\n$/);
    expect(r.stdout).not.toMatch(/status\.entered|robot\.scheduled|final:|runs \+| by trigger /);
  });

  it('names the robots still waiting at the end, with their day and time', () => {
    const r = cli(
      ['simulate', 'never.json', 'never-scenario.json', '--format', 'text', '--allow-errors', '--lang', 'ru'],
      FILES,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Итог: заказ в статусе «Canceled», в очереди 1 робот: «Записать в журнал (в «Canceled»)» — 23 ноября 2024 г. в 10:00\n',
    );
    const final = (count: number) =>
      russian.t('cli.simulate.final', { status: 'Новый', count, pending: '…' });
    expect(final(3)).toBe('Итог: заказ в статусе «Новый», в очереди 3 робота: …');
    expect(final(5)).toBe('Итог: заказ в статусе «Новый», в очереди 5 роботов: …');
  });

  it('explains in Russian why robots did not act, with the instant in words', () => {
    const r = cli(['simulate', 'f.json', 'ok.json', '--format', 'text', '--explain', '--lang', 'ru'], FILES);
    expect(r.stdout).toContain(
      '\n\nпочему:\n  робот «Отправить письмо (2-й в «Accepted, awaiting payment»)» (remind): ',
    );
    expect(when('2024-03-29T19:30:00Z')).toContain('(29 марта 2024 г. в 20:30, Europe/Berlin)');
    expect(r.stdout).toContain(
      `\n  робот «Отменить заказ» (autoCancel): отменён в ${when('2024-03-29T19:30:00Z')}: заказ ушёл из статуса «Accepted, awaiting payment» (N)\n`,
    );
  });

  it('keeps the English table and explanations as they were', () => {
    const r = cli(['simulate', 'f.json', 'ok.json', '--format', 'text', '--explain'], FILES);
    expect(r.stdout.split('\n')[1]).toMatch(/^AT +KIND +STATUS +NODE +DETAIL$/);
    expect(r.stdout).toContain('\nfinal: status F (Completed), pending: none\n');
    expect(r.stdout).toContain('(2024-03-29 20:30 in Europe/Berlin)');
  });

  it('says in Russian what a failed expectation met instead; PASS/FAIL and JUnit stay English', () => {
    const { io, out, written } = memoryIo(FILES);
    const args = ['test', 'f.json', 'bad.json', '--junit', 'out.xml'];
    expect(runCli([...args, '--lang', 'ru'], io)).toBe(1);
    expect(out.stdout).toBe(
      [
        'FAIL paid after 2 hours, shipped by reaction, delivered (one expectation false)',
        `  expect[3]: робот «Поставить задачу» (task) выполнен — робот отменён в ${when('2024-03-30T19:30:00Z')}: заказ ушёл из статуса «Paid, preparing for shipment» (P)`,
        '',
      ].join('\n'),
    );
    const english = memoryIo(FILES);
    expect(runCli(args, english.io)).toBe(1);
    expect(english.out.stdout).toContain('  expect[3]: robot "Create a task" (task) is done — ');
    expect(written['out.xml']).toBe(english.written['out.xml']);
  });

  it('validates a broken file in Russian, the JSON path kept; --json stays English', () => {
    const files = { 'broken.json': brokenFlow() };
    const r = cli(['validate', 'broken.json', '--lang', 'ru'], files);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'error OF004 $.statuses[0].color Цвет указывается в формате #rrggbb.',
        'error OF004 $.robots[0].delay Ожидается объект, а указано: 5.',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('broken.json: 2 ошибки, 0 предупреждений, 0 подсказок\n');
    const json = cli(['validate', 'broken.json', '--json', '--lang', 'ru'], files).stdout;
    expect(json).toBe(cli(['validate', 'broken.json', '--json'], files).stdout);
    expect(json).toContain('"message": "Expected a colour as #rrggbb."');
  });

  it('refuses a broken flow before a run with the same Russian problems on stderr', () => {
    const r = cli(['simulate', 'broken.json', 'ok.json', '--lang', 'ru'], {
      ...FILES,
      'broken.json': brokenFlow(),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'broken.json: error OF004 $.statuses[0].color Цвет указывается в формате #rrggbb.\n',
    );
  });

  it('tells in Russian what upgrading a version-0 flow changed', () => {
    const r = cli(['migrate', 'v0.json', '--lang', 'ru'], FILES);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'v0.json: warning OF005 $.version Документ обновлён с версии формата 0 до версии 1. Сохраните его, чтобы закрепить новую версию.',
        'v0.json: warning OF008 $.robots[2].afterPrevious Робот «Отправить письмо» должен был запускаться после предыдущего робота, но в своём статусе он первый; теперь он запускается сразу, как только заказ переходит в этот статус.',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toBe(cli(['migrate', 'v0.json'], FILES).stdout);
  });

  it('warns about the BPMN export in Russian; the XML stays the same in every language', async () => {
    const files = { 'flow.json': serializeDocument(DEFAULT_FLOW) };
    const args = ['export', '--to', 'bpmn', 'flow.json'];
    const r = await cliAsync([...args, '--lang', 'ru'], files);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^flow\.json: warning BPMN_WORK_TIME s_robocall Робот «Delivery call» работает только в рабочее время, а таймер BPMN этого не умеет: /,
    );
    expect(r.stdout).toBe((await cliAsync(args, files)).stdout);
  });

  it('lists what the reading codes mean in Russian too', () => {
    const rows = cli(['codes', '--lang', 'ru']).stdout.split('\n');
    expect(rows[0]).toBe(`OF001\terror\t${russian.t('io.code.OF001')}`);
    expect(rows[0]).toMatch(/^OF001\terror\t[А-Я]/);
    expect(rows.find((row) => row.startsWith('OF008\t'))).toMatch(/^OF008\twarning\t[А-Я][а-я]/);
    expect(cli(['codes']).stdout).toContain('OF001\terror\tThe file is not valid JSON.\n');
  });
});
