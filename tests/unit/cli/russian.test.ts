import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commandTable';
import { diagnosticRows } from '../../../src/cli/diagnostics';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { serializeDocument } from '../../../src/io';
import { cli, cliAsync, memoryIo } from './helpers';
import { runCli } from '../../../src/cli/run';

/* Every command with `--lang ru`: what a person reads is Russian; codes, paths, PASS/FAIL, JSON and JUnit are not. */

const shared = (name: string) =>
  readFileSync(new URL(`../../fixtures/conformance/${name}`, import.meta.url), 'utf8');
const FLOW = serializeDocument(DEFAULT_FLOW);
const FILES = {
  'f.json': shared('ex1-paid-shipped.flow.json'),
  'ok.json': shared('ex4-expectations.scenario.json'),
  'bad.json': shared('ex4b-expectations-fail.scenario.json'),
  'flow.json': FLOW,
};
const ru = (args: string[], files: Record<string, string> = FILES) => cli([...args, '--lang', 'ru'], files);

/** `orderflow test` in memory, JUnit files in `written`. */
function test(args: string[], env?: Record<string, string>) {
  const { io, out, written } = memoryIo(FILES);
  const code = runCli(['test', ...args], { ...io, ...(env ? { env } : {}) }) as number;
  return { code, ...out, written };
}

describe('the CLI in Russian', () => {
  it('writes the overview and every command’s usage in Russian', () => {
    const help = ru(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('запуск: npm run --silent orderflow -- КОМАНДА [АРГУМЕНТЫ]');
    expect(help.stdout).toContain(
      '  validate  Проверяет схему: ошибки формата и замечания, по одному в строке (УРОВЕНЬ КОД ПУТЬ сообщение).',
    );
    expect(help.stdout).toContain('  schema    Выводит JSON-схему формата документа.');
    expect(help.stdout).not.toMatch(/usage|Check a flow/);

    expect(ru(['test', '--help']).stdout).toBe(
      [
        'запуск: orderflow test СХЕМА.json [СЦЕНАРИЙ.json… | ПАПКА] [--junit ФАЙЛ] [--allow-errors]',
        'Запускает сценарии и сверяет их ожидания: PASS или FAIL для каждого сценария (--junit ФАЙЛ — отчёт для CI).',
        '',
        'параметры:',
        '  --junit ФАЙЛ    дополнительно записать результаты в JUnit XML для CI',
        '  --allow-errors  запускать, даже если в схеме есть ошибки (они всё равно выводятся в stderr)',
        '  --lang ru|en    язык сообщений (без него — из LC_ALL, LC_MESSAGES или LANG, по умолчанию английский)',
        '',
      ].join('\n'),
    );
    for (const command of COMMANDS) {
      const r = ru([command.name, '--help']);
      expect(r.stdout).toMatch(new RegExp(`^запуск: orderflow ${command.name}`));
      expect(r.stdout.split('\n')[1]).toMatch(/^[А-Я][а-я]+ /);
      // Every option of the usage line is explained.
      for (const option of r.stdout.split('\n')[0]!.match(/--[a-z-]+/g) ?? [])
        expect(r.stdout).toMatch(new RegExp(`\\n  ${option} `));
    }
  });

  it('keeps the English help as it was', () => {
    expect(cli(['schema', '--help']).stdout).toMatch(
      /^usage: orderflow schema flow\|scenario\|timeline\nPrint the JSON Schema of a document format\.\n/,
    );
    expect(cli(['validate', '--help']).stdout).toContain(
      '\noptions:\n  --json               print the problems as a JSON array (the same in every language)\n',
    );
  });

  it('says what is wrong with a command line, then the usage (exit 2)', () => {
    expect(ru(['validate', 'flow.json', '--nope'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'Неизвестный параметр --nope\nзапуск: orderflow validate СХЕМА.json [--json] [--env СЦЕНАРИЙ.json]\n',
    });
    expect(ru(['lint']).stderr).toMatch(/^Неизвестная команда «lint»\.\n\nOrderflow — /);
    expect(ru(['schema']).stderr).toBe(
      'Какую JSON-схему вывести?\nзапуск: orderflow schema flow|scenario|timeline\n',
    );
    expect(ru(['schema', 'robot']).stderr).toMatch(/^Неизвестная JSON-схема «robot»\n/);
    expect(ru(['simulate', 'f.json']).stderr).toMatch(
      /^Укажите файл схемы и хотя бы один файл сценария\nзапуск: /,
    );
    expect(ru(['simulate', 'f.json', 'ok.json', '--format', 'xml']).stderr).toMatch(
      /^Неизвестный формат «xml» \(допустимы json и text\)\n/,
    );
    expect(ru(['simulate', 'f.json', 'ok.json', '--explain']).stderr).toMatch(
      /^--explain работает только вместе с --format text\n/,
    );
    expect(ru(['test', 'f.json', 'ok.json', '--junit']).stderr).toMatch(
      /^Для --junit нужно указать имя файла\n/,
    );
    expect(ru(['test']).stderr).toMatch(/^Укажите файл схемы, а за ним файлы сценариев или папку с ними\n/);
  });

  it('reports a file it cannot read and a document that is not Orderflow’s', () => {
    expect(ru(['validate', 'missing.json'])).toMatchObject({
      code: 2,
      stderr: 'missing.json: не удалось прочитать файл (файл не найден)\n',
    });
    const other = ru(['migrate', 'x.json'], { 'x.json': '{"format":"bpmn"}' });
    expect(other.code).toBe(1);
    expect(other.stderr).toBe(
      'x.json: error OF002 $.format Это не документ Orderflow: в поле "format" должно быть одно из значений "orderflow.flow", "orderflow.scenario", "orderflow.timeline".\n',
    );
  });

  it('validates in Russian; --json is the same in both languages', () => {
    const text = JSON.parse(FLOW) as { robots: { settings: Record<string, unknown> }[] };
    text.robots[1]!.settings.text = '';
    const files = { 'f.json': JSON.stringify(text) };
    const r = ru(['validate', 'f.json'], files);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('f.json: 1 ошибка, 0 предупреждений, 2 подсказки\n');
    const json = cli(['validate', 'f.json', '--json'], files).stdout;
    expect(ru(['validate', 'f.json', '--json'], files).stdout).toBe(json);
  });

  it('sums a test run with Russian plurals: 1 тест, 2 теста, 5 тестов', () => {
    expect(test(['f.json', 'ok.json', '--lang', 'ru']).stderr).toBe('1 тест: пройден 1, не пройдено 0\n');
    const two = test(['f.json', 'ok.json', 'bad.json'], { LANG: 'ru_RU.UTF-8' });
    expect(two.code).toBe(1);
    expect(two.stderr).toBe('2 теста: пройден 1, не пройден 1\n');
    expect(two.stdout.split('\n').filter((l) => /^(PASS|FAIL) /.test(l))).toEqual([
      'PASS paid after 2 hours, shipped by reaction, delivered (with expectations)',
      'FAIL paid after 2 hours, shipped by reaction, delivered (one expectation false)',
    ]);
    const five = test(['f.json', 'ok.json', 'ok.json', 'bad.json', 'ok.json', 'bad.json', '--lang=ru']);
    expect(five.stderr).toBe('5 тестов: пройдено 3, не пройдено 2\n');
    const unread = test(['f.json', 'ok.json', 'missing.json', '--lang', 'ru']);
    expect(unread.stdout).toContain(
      'FAIL missing.json\n  сценарий не удалось прочитать: причины — в сообщениях выше\n',
    );
    expect(unread.stderr).toContain('missing.json: не удалось прочитать файл (файл не найден)\n');
    expect(unread.stderr).toContain('2 теста: пройден 1, не пройден 1\n');
  });

  it('notes a scenario without expectations in Russian', () => {
    const bare = { ...JSON.parse(FILES['ok.json']), name: 'оплата', expect: [] };
    const { io, out } = memoryIo({ ...FILES, 'bare.json': JSON.stringify(bare) });
    expect(runCli(['test', 'f.json', 'bare.json', '--lang', 'ru'], io)).toBe(0);
    expect(out.stdout).toBe('PASS оплата (ожиданий нет)\n');
    expect(out.stderr).toBe('1 тест: пройден 1, не пройдено 0\n');
  });

  it('writes the same JUnit XML in every language', () => {
    const args = ['f.json', 'ok.json', 'bad.json', 'missing.json', '--junit', 'out.xml'];
    const english = test(args).written['out.xml'];
    expect(english).toContain('<failure message="1 of 7 expectations false"');
    expect(test([...args, '--lang', 'ru']).written['out.xml']).toBe(english);
    expect(test(args).stderr).toContain('3 scenarios: 1 passed, 2 failed\n');
  });

  it('lists the diagnostic codes with Russian titles; code and severity columns unchanged', () => {
    const r = ru(['codes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('OF101\terror\tНе заполнена обязательная настройка: ');
    expect(cli(['codes']).stdout).toBe(
      diagnosticRows()
        .map((row) => `${row.code}\t${row.severity}\t${row.meaning}\n`)
        .join(''),
    );
    expect(r.stdout.split('\n').map((l) => l.split('\t').slice(0, 2).join('\t'))).toEqual(
      cli(['codes'])
        .stdout.split('\n')
        .map((l) => l.split('\t').slice(0, 2).join('\t')),
    );
  });

  it('exports in Russian: errors of the command line, where the BPMN went; the XML unchanged', async () => {
    const refused = await cliAsync(['export', 'flow.json', '--lang', 'ru'], FILES);
    expect(refused).toMatchObject({ code: 2 });
    expect(refused.stderr).toBe(
      'Укажите формат экспорта: --to bpmn\nзапуск: orderflow export --to bpmn СХЕМА.json [--out ФАЙЛ.bpmn]\n',
    );
    const args = ['export', '--to', 'bpmn', 'flow.json', '--out', 'store.bpmn'];
    const r = await cliAsync([...args, '--lang', 'ru'], FILES);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('flow.json: BPMN сохранён в store.bpmn\n');
    expect(r.written['store.bpmn']).toBe((await cliAsync(args, FILES)).written['store.bpmn']);
  });
});
