import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/** Where a command reads and writes: one object serves every command; tests pass an in-memory one. */
export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes a result file (export --out); optional so in-memory test doubles need not provide it. */
  writeFile?(path: string, text: string): void;
  /** The names in a folder, or undefined when the path is not a folder (test FOLDER). */
  listDir?(path: string): string[] | undefined;
  /** The process environment, for LANG / LC_ALL / LC_MESSAGES (absent in test doubles: English). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The language of messages, chosen by runCli from --lang or the environment (English when absent). */
  translator?: Translator;
}

/** The translator the CLI's messages are written with. */
export const cliT = (io: CliIo): Translator => io.translator ?? englishTranslator;

/** The real file system and process streams. */
export const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  env: process.env,
  listDir(path) {
    try {
      return statSync(path).isDirectory() ? readdirSync(path) : undefined;
    } catch {
      // Missing: the caller reads it as a file and reports that it cannot.
      return undefined;
    }
  },
};

/** Exit codes of docs/semantics.md §6: 0 fine, 1 the document has errors, 2 the input cannot be read, parsed or understood. */
export const EXIT = { ok: 0, invalid: 1, unreadable: 2 } as const;

/** Reads a file, or says why not on stderr. */
export function readInput(path: string, io: CliIo): { ok: true; text: string } | { ok: false } {
  try {
    return { ok: true, text: io.readFile(path) };
  } catch (e) {
    const { t } = cliT(io);
    const reason =
      e instanceof Error && 'code' in e && e.code === 'ENOENT'
        ? t('cli.io.noSuchFile')
        : e instanceof Error
          ? e.message
          : String(e);
    io.stderr(`${t('cli.io.cannotRead', { path, reason })}\n`);
    return { ok: false };
  }
}

/** Writes a result file (export --out, test --junit), or says why not on stderr. */
export function writeOutput(path: string, text: string, io: CliIo): boolean {
  const { t } = cliT(io);
  try {
    if (!io.writeFile) throw new Error(t('cli.io.noWriting'));
    io.writeFile(path, text);
    return true;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    io.stderr(`${t('cli.io.cannotWrite', { path, reason })}\n`);
    return false;
  }
}
