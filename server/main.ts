import { buildApp } from './app';
import { createFirstAdmin } from './bootstrap';
import { ensureBuild } from './build';
import { describeDatabase, readConfig } from './config';
import { openDatabase } from './db/open';
import { userStore } from './store/users';

/** `npm start`: build if needed, open and migrate the database, create the first admin, listen. */
async function main(): Promise<void> {
  const config = readConfig();
  const say = (message: string) =>
    process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);
  if (process.env.ORDERFLOW_SKIP_BUILD !== '1') ensureBuild(config.staticDir, say);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const admin = await createFirstAdmin(userStore(db), config.adminPassword);
  if (admin === 'created') say('Created the user "admin" from ORDERFLOW_ADMIN_PASSWORD.');
  if (admin === 'none')
    say('No users yet: set ORDERFLOW_ADMIN_PASSWORD and restart, or run `npm run orderflow -- user add`.');
  const app = await buildApp({ db, staticDir: config.staticDir, secureCookie: config.secureCookie });
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ host: config.host, port: config.port });
  say(`Orderflow on http://${config.host}:${config.port} (${describeDatabase(config)})`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
