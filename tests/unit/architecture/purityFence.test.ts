import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The fence around the pure core is a lint rule; this proves the rule bites where it should and
// stays quiet where it should not, so a config edit cannot silently switch it off.
// The probes are not files on disk, so the type-aware rules (which need the TypeScript project) are
// switched off for them; the fence rules need no types.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
});

async function problemsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('src/domain and src/engine stay pure', () => {
  const impure: [string, string][] = [
    ['React', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['zustand', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['a Node built-in', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['the store layer', "import { x as y } from '../../store/thing';\nexport const x = y;\n"],
    ['the store layer by its index', "import { x as y } from '../../store';\nexport const x = y;\n"],
    ['fetch', "export const x = () => fetch('/api');\n"],
    ['timers', 'export const x = () => setTimeout(() => undefined, 1);\n'],
    ['the wall clock', 'export const x = () => Date.now();\n'],
    ['a clockless new Date()', 'export const x = () => new Date();\n'],
    ['storage', "export const x = () => localStorage.getItem('k');\n"],
    ['the DOM', 'export const x = () => document.title;\n'],
  ];
  for (const [what, code] of impure) {
    it(`rejects ${what} in src/domain and src/engine`, async () => {
      for (const file of ['src/domain/probe.ts', 'src/engine/probe.ts']) {
        const messages = await problemsFor(file, code);
        expect(messages.join('\n')).toMatch(/pure|injected|deterministic|Arrows point down/);
      }
    });
  }

  it('allows sibling modules, zod and dates built from a given instant', async () => {
    const code =
      "import { z } from 'zod';\nimport { x as p } from './path';\nexport const s = z.string();\nexport const d = (iso: string) => new Date(iso).getTime() + p;\n";
    expect(await problemsFor('src/domain/probe.ts', code)).toEqual([]);
  });

  it('lets the UI layers use what the core may not', async () => {
    const code = "export const x = () => setTimeout(() => localStorage.getItem('k'), Date.now());\n";
    expect(await problemsFor('src/store/probe.ts', code)).toEqual([]);
  });
});

describe('tests stay unfocused', () => {
  it.each(['it.only', 'test.only', 'describe.only', 'test.describe.only'])(
    'rejects %s in tests/',
    async (call) => {
      const messages = await problemsFor('tests/unit/probe.test.ts', `${call}('x', () => undefined);\n`);
      expect(messages.join('\n')).toMatch(/Focused tests skip the rest of the suite/);
    },
  );
});

describe('src/cli stays off the screens', () => {
  it.each([
    ['a panel', "import { TONE_TEXT } from '../panels/simulator/format';\nexport const x = TONE_TEXT;\n"],
    ['the store', "import { useDesigner } from '../store';\nexport const x = useDesigner;\n"],
    ['React', "import { useState } from 'react';\nexport const x = useState;\n"],
  ])('rejects %s in src/cli', async (_what, code) => {
    expect((await problemsFor('src/cli/probe.ts', code)).join('\n')).toMatch(/no screen code/);
  });

  it('allows the core, io and i18n', async () => {
    const code =
      "import { describeEntry } from '../i18n/timelineText';\nimport { loadFlow } from '../io/loadFlow';\nexport const x = [describeEntry, loadFlow];\n";
    expect(await problemsFor('src/cli/probe.ts', code)).toEqual([]);
  });
});
