/**
 * Slows down guessing: after FREE failed sign-ins for one username (or from one address) each next
 * attempt must wait twice as long as the last, up to MAX_WAIT_MS; a success clears the username's
 * count. Kept in memory: behind a load balancer each process counts on its own, which still bounds
 * the rate per process.
 */
const FREE = 5;
const MAX_WAIT_MS = 15 * 60_000;

interface Entry {
  failures: number;
  until: number;
}

export function signInThrottle(now: () => number = () => Date.now()) {
  const entries = new Map<string, Entry>();

  const waitFor = (key: string): number => Math.max(0, (entries.get(key)?.until ?? 0) - now());

  return {
    /** Milliseconds to wait before this username may try again from this address (0: go ahead). */
    wait(username: string, address: string): number {
      return Math.max(waitFor(`u:${username}`), waitFor(`a:${address}`));
    },
    failed(username: string, address: string): void {
      for (const key of [`u:${username}`, `a:${address}`]) {
        const entry = entries.get(key) ?? { failures: 0, until: 0 };
        entry.failures += 1;
        // An address is allowed more tries than a username: an office shares one address.
        const free = key.startsWith('a:') ? FREE * 4 : FREE;
        if (entry.failures > free)
          entry.until = now() + Math.min(MAX_WAIT_MS, 1000 * 2 ** (entry.failures - free - 1));
        entries.set(key, entry);
      }
      // Keeps the table small under a spray of usernames: forget entries with nothing to wait for.
      if (entries.size > 10_000) for (const [k, e] of entries) if (e.until < now()) entries.delete(k);
    },
    succeeded(username: string): void {
      entries.delete(`u:${username}`);
    },
  };
}

export type SignInThrottle = ReturnType<typeof signInThrottle>;
