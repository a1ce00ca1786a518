/**
 * A production build served by `vite preview` on loopback, for the scripts that drive a browser
 * against it (the canvas benchmark, the README screenshot).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Vite's own entry, run with this Node (no npx lookup). */
export const vite = (...viteArgs: string[]) => ['node_modules/vite/bin/vite.js', ...viteArgs];

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Serves `outDir` on 127.0.0.1:`port` and resolves once it answers; fails when it never does. */
export async function servePreview(outDir: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    vite('preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'),
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  let exited = false;
  server.once('exit', () => (exited = true));
  for (let i = 0; i < 200 && !exited; i++) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`vite preview did not start on ${url} (is the port taken?)`);
}
