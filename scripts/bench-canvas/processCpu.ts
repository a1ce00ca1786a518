import { readdirSync, readFileSync } from 'node:fs';

/*
 * CPU time of every thread of every Chromium process, from /proc (Linux): a frame's cost is not
 * the renderer's main thread alone. Without a GPU the view is rasterised in software on the
 * renderer's worker threads and composited in the GPU process, and on two cores those compete with
 * the main thread (and with the benchmark's driver) for the same time.
 */

/** Milliseconds of CPU so far per "process type:thread name" (numbered threads summed). */
export function chromiumCpuByThread(): Map<string, number> {
  const ticksMs = 10; // USER_HZ is 100 on Linux
  const out = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let command: string;
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    if (!command.includes('chrom')) continue;
    const type = /--type=([a-z-]+)/.exec(command)?.[1] ?? 'browser';
    let threads: string[] = [];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of threads) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = (/\((.*)\)/.exec(stat)?.[1] ?? '?').replace(/\d+$/, '');
        // After the ")": state, ppid, … utime is the 12th field and stime the 13th.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ms = (Number(fields[11]) + Number(fields[12])) * ticksMs;
        const key = `${type}:${name}`;
        out.set(key, (out.get(key) ?? 0) + ms);
      } catch {
        // a thread that ended meanwhile
      }
    }
  }
  return out;
}

/** What each thread spent between two readings, per frame, largest first; the total first of all. */
export function perFrame(before: Map<string, number>, after: Map<string, number>, frames: number) {
  const spent = [...after]
    .map(([thread, ms]) => [thread, (ms - (before.get(thread) ?? 0)) / frames] as const)
    .filter(([, ms]) => ms >= 0.1)
    .sort((a, b) => b[1] - a[1]);
  return { total: spent.reduce((sum, [, ms]) => sum + ms, 0), threads: spent };
}
