import { resolve } from 'node:path';

/** What `npm start` reads from the environment, with the defaults of SPEC §7.1. */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  staticDir: string;
  secureCookie: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  return {
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: resolve(env.ORDERFLOW_DATA || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    adminPassword: env.ORDERFLOW_ADMIN_PASSWORD || undefined,
    // Its own folder: this build talks to the real API, so it is made without the mocked backend.
    staticDir: resolve(env.ORDERFLOW_STATIC || 'dist-app'),
    secureCookie: env.ORDERFLOW_SECURE_COOKIE === '1',
  };
}

/** Where the server's data is, for the start-up line; never prints a password from a URL. */
export function describeDatabase(config: ServerConfig): string {
  if (!config.databaseUrl) return `embedded database in ${config.dataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
