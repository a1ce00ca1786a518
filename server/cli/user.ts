import { createInterface } from 'node:readline';
import { readConfig } from '../config';
import { openDatabase } from '../db/open';
import type { Role } from '../store/users';
import { isRole, ROLES, USERNAME, userStore } from '../store/users';

export const USER_HELP = `usage: npm run --silent orderflow -- user COMMAND

  user list                         users and their roles, one per line (USERNAME ROLE)
  user add USERNAME [--role ROLE]   a new user (role ${ROLES.join('|')}, default editor)
  user passwd USERNAME              a new password (signs the user out everywhere)
  user role USERNAME ROLE           another role
  user remove USERNAME

The password is read from the terminal without echo, or as the first line of standard input
(never from the command line, where other users of the machine could see it). The database is the
server's: DATABASE_URL, else the embedded one in ORDERFLOW_DATA (default ./data), which must not be
in use by a running server at the time.`;

/** Reads a password: hidden at a terminal, else the first line of stdin. */
async function readPassword(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stderr.write(prompt);
    // Nothing typed is echoed: readline writes through this method.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => {
    rl.once('line', resolve);
    rl.once('close', () => resolve(''));
  });
  rl.close();
  if (process.stdin.isTTY) process.stderr.write('\n');
  return line;
}

async function password(): Promise<string> {
  const value = await readPassword('Password (8 characters or more): ');
  if (value.length < 8) throw new Error('The password needs at least 8 characters.');
  return value;
}

/** `orderflow user …`: exit 0 done, 1 refused (unknown user, user exists), 2 wrong command line. */
export async function runUserCommand(
  args: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const [sub, name, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    (sub ? out : err)(`${USER_HELP}\n`);
    return sub ? 0 : 2;
  }
  const roleFlag = rest.indexOf('--role');
  const role: unknown = sub === 'role' ? rest[0] : roleFlag >= 0 ? rest[roleFlag + 1] : 'editor';
  if (sub !== 'list' && (!name || !USERNAME.test(name))) {
    err('A username is lowercase letters, digits, ".", "_" or "-" (up to 63).\n');
    return 2;
  }
  if ((sub === 'add' || sub === 'role') && !isRole(role)) {
    err(`The role is one of ${ROLES.join(', ')}.\n`);
    return 2;
  }
  if (!['list', 'add', 'passwd', 'role', 'remove'].includes(sub)) {
    err(`Unknown user command "${sub}".\n\n${USER_HELP}\n`);
    return 2;
  }
  const config = readConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const users = userStore(db);
    const user = name!;
    switch (sub) {
      case 'list':
        for (const u of await users.list()) out(`${u.username} ${u.role}\n`);
        return 0;
      case 'add':
        if ((await users.add(user, await password(), role as Role)) === 'exists') {
          err(`There is already a user "${user}".\n`);
          return 1;
        }
        out(`Added ${user} (${String(role)}).\n`);
        return 0;
      case 'passwd':
        if (!(await users.setPassword(user, await password()))) return missing(user, err);
        out(`Changed the password of ${user}.\n`);
        return 0;
      case 'role':
        if (!(await users.setRole(user, role as Role))) return missing(user, err);
        out(`${user} is now ${String(role)}.\n`);
        return 0;
      default:
        if (!(await users.remove(user))) return missing(user, err);
        out(`Removed ${user}.\n`);
        return 0;
    }
  } finally {
    await db.close();
  }
}

function missing(user: string, err: (s: string) => void): number {
  err(`There is no user "${user}".\n`);
  return 1;
}
