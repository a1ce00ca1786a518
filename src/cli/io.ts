import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/** Where a command reads and writes: one object serves every command; tests pass an in-memory one. */
export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes a result file (export --out); optional so in-memory test doubles need not provide it. */
  writeFile?(path: string, text: string): void;
  /** The names in a folder, or undefined when the path is not a folder (test FOLDER). */
  listDir?(path: string): string[] | undefined;
}

/** The real file system and process streams. */
export const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
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
    const reason =
      e instanceof Error && 'code' in e && e.code === 'ENOENT'
        ? 'no such file'
        : e instanceof Error
          ? e.message
          : String(e);
    io.stderr(`${path}: cannot read the file (${reason})\n`);
    return { ok: false };
  }
}
