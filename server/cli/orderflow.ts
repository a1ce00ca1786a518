/**
 * The `orderflow` npm entry: `user …` manages the server's users (it needs the database, so it
 * lives with the server); every other command is the designer's command line (src/cli), loaded
 * only then, so those commands start without the database drivers.
 */
const args = process.argv.slice(2);
if (args[0] === 'user') {
  const { runUserCommand } = await import('./user');
  runUserCommand(
    args.slice(1),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  ).then(
    (code) => void (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`orderflow: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
} else {
  await import('../../src/cli/main');
}

// A module (top-level await) without exports of its own.
export {};
