import { describe, expect, it, vi } from 'vitest';
import type { Plugin } from 'vite';
import viteConfig from '../../../vite.config';
import en, { areas as englishAreas } from '../../../src/i18n/messages/all.en';
import ru, { areas as russianAreas } from '../../../src/i18n/messages/all.ru';
import { compileMessages } from '../../../src/i18n/compile';
import { firstScreenMessages, isFirstScreenKey } from '../../../src/i18n/firstScreen';
import {
  laterMessagesPending,
  loadLaterMessages,
  NOT_YET,
  onLaterMessages,
  withLaterAreas,
} from '../../../src/i18n/later';
import { createTranslator } from '../../../src/i18n/translator';
import type { Messages } from '../../../src/i18n/messageTypes';

type Areas = Record<string, Record<string, string>>;

/** A language as the designer's build ships it: the first screen's messages compiled, the rest later. */
function asBuilt(areas: Areas, load: () => Promise<Messages>) {
  return withLaterAreas(compileMessages(firstScreenMessages(areas)), load);
}
const everything = (all: Record<string, string>) => () => Promise.resolve(compileMessages(all));

describe('the messages of the first screen', () => {
  it('are the shared and board areas whole, and the keys of others the first screen shows', () => {
    expect(isFirstScreenKey('core', 'topBar.save')).toBe(true);
    expect(isFirstScreenKey('canvas', 'canvas.addStatus')).toBe(true);
    expect(isFirstScreenKey('catalog', 'catalog.summary.sms.send')).toBe(true);
    expect(isFirstScreenKey('simulator', 'simulator.mode.toggle')).toBe(true);
    expect(isFirstScreenKey('simulator', 'simulator.modeless')).toBe(false);
    expect(isFirstScreenKey('dialogs', 'dialogs.publish.title')).toBe(false);
    expect(isFirstScreenKey('lint', 'lint.msg.OF101')).toBe(false);
    const chosen = firstScreenMessages(englishAreas as Areas);
    expect(chosen['simulator.mode.toggle']).toBe('Simulate');
    expect(Object.keys(chosen).some((key) => key.startsWith('cli.'))).toBe(false);
    expect(Object.keys(chosen).length).toBeLessThan(Object.keys(en).length / 2);
  });
});

describe('messages that arrive after the first screen', () => {
  it('read "…", never their key, until they arrive; then the English text', async () => {
    const { t, has } = createTranslator('en', asBuilt(englishAreas as Areas, everything(en)));
    expect(t('simulator.mode.toggle')).toBe('Simulate');
    expect(t('dialogs.json.invalid', { count: 3 })).toBe(NOT_YET);
    expect(has('dialogs.json.invalid')).toBe(false);
    await loadLaterMessages();
    expect(laterMessagesPending()).toBe(false);
    expect(t('dialogs.json.invalid', { count: 1 })).toBe(
      'The JSON has 1 error; the canvas keeps the last valid design.',
    );
    expect(t('lint.panel.noneOf', { severity: 'warning' })).toBe('No warnings');
    // Once nothing is on its way, a key no language has is shown as it is (the completeness test's gap).
    expect(t('nowhere.at.all' as 'lint.panel.title')).toBe('nowhere.at.all');
  });

  it('arrive in Russian too, with its plural forms, while English stays the fallback', async () => {
    const english = asBuilt(englishAreas as Areas, everything(en));
    const russian = asBuilt(russianAreas as Areas, everything(ru));
    const { t } = createTranslator('ru', russian, english);
    expect(t('simulator.mode.toggle')).toBe('Симуляция');
    expect(t('catalog.names.deletedRobot')).toBe('удалённый робот');
    expect(t('dialogs.json.invalid', { count: 2 })).toBe(NOT_YET);
    await loadLaterMessages();
    const invalid = (count: number) => t('dialogs.json.invalid', { count });
    expect(invalid(1)).toBe('В JSON 1 ошибка; на схеме остаётся последний верный вариант.');
    expect(invalid(3)).toBe('В JSON 3 ошибки; на схеме остаётся последний верный вариант.');
    expect(invalid(5)).toBe('В JSON 5 ошибок; на схеме остаётся последний верный вариант.');
    expect(invalid(21)).toBe('В JSON 21 ошибка; на схеме остаётся последний верный вариант.');
    expect(t('dialogs.import.ready', { name: 'Заказы', statuses: 4, robots: 11, triggers: 2 })).toBe(
      '«Заказы»: 4 статуса, 11 роботов, 2 триггера. Импорт заменит открытую схему; это можно будет отменить.',
    );
    expect(t('lint.msg.OF101', { node: 'робота «SMS»', field: 'Текст' })).toBe(
      'Для робота «SMS» нужно заполнить «Текст».',
    );
  });

  it('are fetched once when a missing one is asked for, and the screens hear when they are there', async () => {
    let arrive = () => {};
    const load = vi.fn(
      () =>
        new Promise<Messages>((resolve) => {
          arrive = () => resolve(compileMessages(en));
        }),
    );
    const { t } = createTranslator('en', asBuilt(englishAreas as Areas, load));
    const heard = vi.fn();
    const stop = onLaterMessages(heard);
    expect(t('dialogs.publish.title', { revision: 4 })).toBe(NOT_YET);
    expect(t('dialogs.publish.title', { revision: 4 })).toBe(NOT_YET);
    expect(load).toHaveBeenCalledTimes(1);
    arrive();
    await loadLaterMessages();
    stop();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(t('dialogs.publish.title', { revision: 4 })).toBe('Publish revision 4?');
  });

  it('are fetched again after a failed fetch (offline), still reading "…" meanwhile', async () => {
    const load = vi
      .fn<() => Promise<Messages>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockImplementation(everything(en));
    const { t } = createTranslator('en', asBuilt(englishAreas as Areas, load));
    await expect(loadLaterMessages()).rejects.toThrow(/Failed to fetch/);
    expect(laterMessagesPending()).toBe(true);
    expect(t('simulator.run.running')).toBe(NOT_YET);
    await loadLaterMessages();
    expect(t('simulator.run.running')).toBe('Running…');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('the build', () => {
  const plugins = (list: unknown): Plugin[] => [list].flat(Infinity).filter(Boolean) as Plugin[];
  const named = (list: Plugin[], name: string) => list.find((plugin) => plugin.name === name)!;
  type Hook = (this: unknown, ...args: unknown[]) => unknown;

  it('bundles the first screen’s messages compiled, and points english.ts and load.ts at them', async () => {
    const plugin = named(plugins(viteConfig.plugins), 'orderflow-first-screen-messages');
    (plugin.config as Hook).call({}, {}, { command: 'build', mode: 'production' });
    const context = { resolve: (source: string) => Promise.resolve({ id: source }), addWatchFile: () => {} };
    const resolveId = (source: string, importer: string) =>
      (plugin.resolveId as Hook).call(context, source, importer, {});
    expect(await resolveId('./messages/all.en', '/app/src/i18n/english.ts')).toEqual({
      id: './messages/firstScreen.en',
    });
    expect(await resolveId('./messages/all.ru', '/app/src/i18n/load.ts')).toEqual({
      id: './messages/firstScreen.ru',
    });
    // The rest, fetched after the first screen, and the workers' imports keep every area.
    expect(await resolveId('./messages/all.en', '/app/src/i18n/messages/firstScreen.en.ts')).toBeNull();
    const code = (plugin.load as Hook).call(context, '\0virtual:orderflow-first-screen/ru') as string;
    const russian = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as Messages;
    expect(russian['simulator.mode.toggle']).toBe('Симуляция');
    expect(russian['dialogs.toast.list']).toBe('Сообщения');
    expect(Array.isArray(russian['palette.items'])).toBe(true);
    expect(russian['dialogs.publish.title']).toBeUndefined();
    expect(Object.keys(russian).some((key) => key.startsWith('cli.'))).toBe(false);
    expect(createTranslator('ru', russian).t('palette.items', { count: 3 })).toBe('3 элемента');
  });

  it('gives the workers every area compiled, formatted in both languages, without the CLI’s', () => {
    const worker = plugins((viteConfig.worker?.plugins as () => unknown)());
    expect(worker.map((plugin) => plugin.name)).not.toContain('orderflow-first-screen-messages');
    const transform = (code: string, id: string) => {
      let result = { code };
      for (const plugin of worker)
        if (plugin.transform)
          result = ((plugin.transform as Hook).call({}, result.code, id) as typeof result) ?? result;
      return JSON.parse(result.code) as Messages;
    };
    const lint = (language: string, messages: object) =>
      transform(JSON.stringify(messages), `/app/src/i18n/messages/${language}/lint.json`);
    const english = createTranslator('en', lint('en', englishAreas.lint));
    const russian = createTranslator('ru', lint('ru', russianAreas.lint));
    expect(typeof lint('en', englishAreas.lint)['lint.msg.OF101']).not.toBe('string');
    expect(english.t('lint.msg.OF101', { node: 'Send SMS', field: 'Text' })).toBe(
      '"Text" is required for Send SMS.',
    );
    expect(russian.t('lint.panel.noneOf', { severity: 'error' })).toBe('Ошибок нет');
    expect(transform(JSON.stringify(englishAreas.cli), '/app/src/i18n/messages/en/cli.json')).toEqual({});
  });
});
