import { runCli } from '../../../src/cli/run';
import type { CliIo } from '../../../src/cli/io';

/**
 * The CLI's files and streams in memory: `files` (path → content) to read, a missing path failing
 * like ENOENT; what it prints, and the files it writes (--out) in `written`.
 */
export function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const written: Record<string, string> = {};
  const io: CliIo = {
    readFile(path) {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    writeFile: (path, text) => void (written[path] = text),
  };
  return { io, out, written };
}

/** Runs a synchronous CLI command in memory over `files`. */
export function cli(args: string[], files: Record<string, string> = {}) {
  const { io, out } = memoryIo(files);
  const code = runCli(args, io);
  if (typeof code !== 'number') throw new Error(`${args[0]} is asynchronous: await it with cliAsync`);
  return { code, ...out, lines: out.stdout.split('\n').filter(Boolean) };
}

/** Runs any CLI command (export is asynchronous) in memory over `files`. */
export async function cliAsync(args: string[], files: Record<string, string> = {}) {
  const { io, out, written } = memoryIo(files);
  const code = await runCli(args, io);
  return { code, ...out, written };
}
