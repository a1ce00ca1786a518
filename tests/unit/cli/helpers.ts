import { runCli } from '../../../src/cli/run';
import type { CliIo } from '../../../src/cli/io';

/** Runs the CLI in memory over `files` (path → content); a missing path fails to read like ENOENT. */
export function cli(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile(path) {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  };
  const code = runCli(args, io);
  return { code, stdout, stderr, lines: stdout.split('\n').filter(Boolean) };
}
