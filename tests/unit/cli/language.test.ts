import { describe, expect, it } from 'vitest';
import { cliLocale } from '../../../src/cli/language';
import { runCli } from '../../../src/cli/run';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { memoryIo } from './helpers';

/** The default design with a too-long SMS text (OF103). */
function flowText(): string {
  const doc = JSON.parse(JSON.stringify(DEFAULT_FLOW)) as {
    robots: { id: string; settings: Record<string, unknown> }[];
  };
  doc.robots.find((r) => r.id === 'n_sms')!.settings.text = 'ж'.repeat(205);
  return JSON.stringify(doc);
}

function validate(args: string[], env?: Record<string, string>) {
  const { io, out } = memoryIo({ 'flow.json': flowText() });
  const code = runCli(['validate', 'flow.json', ...args], { ...io, ...(env ? { env } : {}) });
  return { code, ...out };
}

describe('the CLI’s language', () => {
  it('follows --lang, then LC_ALL / LC_MESSAGES / LANG, else English', () => {
    expect(cliLocale(['validate', 'f.json', '--lang', 'ru']).locale).toBe('ru');
    expect(cliLocale(['validate', '--lang=ru', 'f.json']).rest).toEqual(['validate', 'f.json']);
    expect(cliLocale(['validate'], { LANG: 'ru_RU.UTF-8' }).locale).toBe('ru');
    expect(cliLocale(['validate'], { LANG: 'ru_RU.UTF-8', LC_ALL: 'en_US.UTF-8' }).locale).toBe('en');
    expect(cliLocale(['validate', '--lang', 'en'], { LANG: 'ru_RU.UTF-8' }).locale).toBe('en');
    expect(cliLocale(['validate']).locale).toBe('en');
  });

  it('writes messages in Russian with LANG=ru_RU.UTF-8, with Russian plurals', () => {
    const { code, stdout, stderr } = validate([], { LANG: 'ru_RU.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).toContain('error OF103 $.robots[1].settings.text');
    expect(stdout).toContain('205 символов');
    expect(stderr).toBe('flow.json: 1 ошибка, 0 предупреждений, 3 подсказки\n');
  });

  it('writes messages in Russian with --lang ru; JSON keeps its codes and paths', () => {
    const { stderr } = validate(['--lang', 'ru']);
    expect(stderr).toMatch(/^flow\.json: 1 ошибка/);
    const { stdout } = validate(['--json', '--lang', 'ru']);
    const lines = JSON.parse(stdout) as { severity: string; code: string; path: string; message: string }[];
    expect(lines[0]).toMatchObject({ severity: 'error', code: 'OF103', path: '$.robots[1].settings.text' });
  });

  it('stays English without a choice', () => {
    const { stderr } = validate([]);
    expect(stderr).toBe('flow.json: 1 error, 0 warnings, 3 infos\n');
    const { io, out } = memoryIo({});
    void runCli(['--help', '--lang', 'ru'], io);
    expect(out.stdout).toContain('команды:');
  });
});
