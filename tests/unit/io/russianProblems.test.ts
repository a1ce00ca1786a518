import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { englishTranslator } from '../../../src/i18n/english';
import { createTranslator } from '../../../src/i18n';
import en from '../../../src/i18n/messages/all.en';
import ru from '../../../src/i18n/messages/all.ru';
import { loadFlow, loadScenario, migrateDocument } from '../../../src/io';
import { SCHEMA_MESSAGE_KEYS } from '../../../src/io/schemaMessages';
import { validateWith } from '../../../src/io/zodProblems';

/* Reading problems (the Import dialog, the JSON pane, `orderflow validate`) in Russian, the JSON path kept. */

const russian = createTranslator('ru', ru, en);
const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const v0 = () => JSON.parse(fixture('migrations/flow.v0.json')) as Record<string, unknown>;

describe('reading problems in Russian', () => {
  it('words zod’s issues in Russian, with plurals, under the same JSON paths', () => {
    const schema = z.object({ tags: z.array(z.string()).min(2), code: z.string().max(5) });
    const value = { tags: ['a'], code: 'abcdefghij' };
    const english = validateWith(schema, value);
    const translated = validateWith(schema, value, russian);
    if (english.ok || translated.ok) throw new Error('expected problems');
    expect(translated.errors).toEqual([
      { code: 'OF004', path: '$.tags', message: 'Нужно не меньше 2 элементов.' },
      { code: 'OF004', path: '$.code', message: 'Текст длиннее 5 символов.' },
    ]);
    expect(english.errors.map((e) => e.path)).toEqual(['$.tags', '$.code']);
    expect(english.errors[0]!.message).toMatch(/^[A-Z][a-z]/);
  });

  it('translates the messages the format’s schemas write themselves', () => {
    const flow = JSON.parse(fixture('conformance/ex1-paid-shipped.flow.json'));
    flow.statuses[1].color = 'зелёный';
    flow.settings.timezone = 'Mars/Olympus';
    const loaded = loadFlow(JSON.stringify(flow), russian);
    if (loaded.ok) throw new Error('expected problems');
    expect(loaded.errors).toEqual(
      expect.arrayContaining([
        {
          code: 'OF004',
          path: '$.settings.timezone',
          message: 'Неизвестный часовой пояс (нужно название из базы IANA, например Europe/Moscow).',
        },
        { code: 'OF004', path: '$.statuses[1].color', message: 'Цвет указывается в формате #rrggbb.' },
      ]),
    );
    const scenario = JSON.parse(fixture('conformance/ex1-paid-shipped.scenario.json'));
    scenario.start.at = 'завтра';
    const refused = loadScenario(JSON.stringify(scenario), russian);
    expect(refused.ok ? [] : refused.errors.map((e) => `${e.path} ${e.message}`)).toEqual([
      '$.start.at Время указывается в формате ISO 8601 с Z или смещением от UTC, например 2025-03-03T11:00:00+03:00.',
    ]);
  });

  it('keeps each schema message’s English key word for word as the schema writes it', () => {
    const sources = ['flow', 'delay', 'instant', 'scenario', 'timeline']
      .map((name) => readFileSync(new URL(`../../../src/domain/${name}.ts`, import.meta.url), 'utf8'))
      .join('\n');
    for (const [text, key] of Object.entries(SCHEMA_MESSAGE_KEYS)) {
      expect(englishTranslator.t(key)).toBe(text);
      expect(sources).toContain(`'${text}'`);
    }
  });

  it('describes what it found instead of a document or a version in Russian', () => {
    const list = loadFlow('[1, 2]', russian);
    expect(list.ok ? [] : list.errors).toEqual([
      {
        code: 'OF002',
        path: '$',
        message: 'Ожидался документ Orderflow — процесс (объект JSON), а найдено: список.',
      },
    ]);
    const version = loadFlow(JSON.stringify({ ...v0(), version: 'первая' }), russian);
    expect(version.ok ? [] : version.errors.map((e) => e.message)).toEqual([
      'Поле "version" должно быть целым числом, например 1, а найдено: текст «первая».',
    ]);
  });

  it('says in Russian what upgrading a version-0 flow changed', () => {
    const result = migrateDocument(v0(), 'orderflow.flow', 1, undefined, russian);
    if (!result.ok) throw new Error('expected an upgrade');
    expect(result.warnings.map((w) => `${w.code} ${w.path} ${w.message}`)).toEqual([
      'OF005 $.version Документ обновлён с версии формата 0 до версии 1. Сохраните его, чтобы закрепить новую версию.',
      'OF008 $.robots[2].afterPrevious Робот «Отправить письмо» должен был запускаться после предыдущего робота, но в своём статусе он первый; теперь он запускается сразу, как только заказ переходит в этот статус.',
    ]);
  });

  it('names a version-0 robot by its name when the file gives one', () => {
    const doc = v0();
    (doc.robots as Record<string, unknown>[])[2]!.name = 'Письмо об оплате';
    const translated = migrateDocument(doc, 'orderflow.flow', 1, undefined, russian);
    const english = migrateDocument(doc, 'orderflow.flow', 1);
    if (!translated.ok || !english.ok) throw new Error('expected an upgrade');
    expect(translated.warnings[1]!.message).toMatch(/^Робот «Письмо об оплате» должен был /);
    expect(english.warnings[1]!.message).toMatch(/^Robot "Письмо об оплате" was set to run after /);
  });

  it('refuses a malformed version-0 robot list in Russian, pointing into the robots', () => {
    const doc = { ...v0(), robots: [{ id: 'x', status: 'N', afterPrevious: 'да' }] };
    const result = migrateDocument(doc, 'orderflow.flow', 1, undefined, russian);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        code: 'OF004',
        path: '$.robots[0].afterPrevious',
        message: 'Ожидается «да» или «нет», а указано: текст «да».',
      },
    ]);
  });
});
