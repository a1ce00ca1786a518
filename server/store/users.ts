import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Database } from '../db/types';

export const ROLES = ['viewer', 'editor', 'publisher', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Each role includes the ones before it: a publisher may also save, an admin may do everything. */
export const roleAllows = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

export interface User {
  username: string;
  role: Role;
}

/** How long a session lasts without signing in again. */
export const SESSION_DAYS = 7;

/** Only the hash of a session token is stored: a copy of the database does not sign anyone in. */
const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/*
 * A hash to verify against when the user does not exist, so a wrong username takes as long as a
 * wrong password and sign-in does not tell which usernames exist.
 */
let decoy: Promise<string> | undefined;

export const USERNAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** Users (argon2id password hashes) and their sessions. */
export function userStore(db: Database, now: () => Date = () => new Date()) {
  return {
    async list(): Promise<User[]> {
      const { rows } = await db.query<User>('SELECT username, role FROM users ORDER BY username');
      return rows;
    },
    async count(): Promise<number> {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      return rows[0]?.n ?? 0;
    },
    async add(username: string, password: string, role: Role): Promise<'added' | 'exists'> {
      const passwordHash = await hash(password);
      const { rows } = await db.query(
        'INSERT INTO users (username, password_hash, role) VALUES ($1, $2, $3) ON CONFLICT (username) DO NOTHING RETURNING username',
        [username, passwordHash, role],
      );
      return rows.length > 0 ? 'added' : 'exists';
    },
    /** A new password signs the user out everywhere. */
    async setPassword(username: string, password: string): Promise<boolean> {
      const passwordHash = await hash(password);
      return db.transaction(async (tx) => {
        const { rows } = await tx.query(
          'UPDATE users SET password_hash = $2 WHERE username = $1 RETURNING username',
          [username, passwordHash],
        );
        await tx.query('DELETE FROM sessions WHERE username = $1', [username]);
        return rows.length > 0;
      });
    },
    async setRole(username: string, role: Role): Promise<boolean> {
      const { rows } = await db.query('UPDATE users SET role = $2 WHERE username = $1 RETURNING username', [
        username,
        role,
      ]);
      return rows.length > 0;
    },
    async remove(username: string): Promise<boolean> {
      const { rows } = await db.query('DELETE FROM users WHERE username = $1 RETURNING username', [username]);
      return rows.length > 0;
    },
    /** The user when the pair is right; always spends one hash verification. */
    async check(username: string, password: string): Promise<User | undefined> {
      const { rows } = await db.query<User & { password_hash: string }>(
        'SELECT username, role, password_hash FROM users WHERE username = $1',
        [username],
      );
      const row = rows[0];
      if (!row) {
        decoy ??= hash(randomBytes(16).toString('hex'));
        await verify(await decoy, password).catch(() => false);
        return undefined;
      }
      const ok = await verify(row.password_hash, password).catch(() => false);
      return ok ? { username: row.username, role: row.role } : undefined;
    },
    /** A new session: the token goes in the cookie, its hash in the database. */
    async openSession(username: string): Promise<{ token: string; expiresAt: Date }> {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + SESSION_DAYS * 86_400_000);
      await db.query('INSERT INTO sessions (token_hash, username, expires_at) VALUES ($1, $2, $3)', [
        tokenHash(token),
        username,
        expiresAt,
      ]);
      return { token, expiresAt };
    },
    async sessionUser(token: string): Promise<User | undefined> {
      const { rows } = await db.query<User>(
        'SELECT u.username, u.role FROM sessions s JOIN users u ON u.username = s.username WHERE s.token_hash = $1 AND s.expires_at > $2',
        [tokenHash(token), now()],
      );
      return rows[0];
    },
    async closeSession(token: string): Promise<void> {
      await db.query('DELETE FROM sessions WHERE token_hash = $1 OR expires_at <= $2', [
        tokenHash(token),
        now(),
      ]);
    },
  };
}

export type UserStore = ReturnType<typeof userStore>;
