import type { Flow } from '../domain/flow';
import type { LintProblem } from '../domain/lint';
import type { FlowChange, FlowUpdate, ProblemOrSame } from './lintWorkerProtocol';

/*
 * What crosses between the page and the lint worker, kept small. A keystroke in a 5,000-robot
 * design changes one robot: handing the worker the whole design again (900 KB of JSON) cost the
 * page ~20 ms, and taking back ~4,500 problems as new objects made every card look changed. So the
 * page sends what changed since its last request, and the worker answers each problem it found the
 * last time too by its place in that answer: the page keeps the very same objects (and, when
 * nothing changed, the same array), and readers that compare by identity draw nothing again.
 */

type FlowRecord = Record<string, unknown>;

/** The flow as `next` differs from `sent` (the flow the worker holds), or the whole flow. */
export function flowUpdate(sent: Flow | null, next: Flow): FlowUpdate {
  if (sent === null || sent.id !== next.id) return { whole: JSON.stringify(next) };
  const before = sent as unknown as FlowRecord;
  const after = next as unknown as FlowRecord;
  const changed: FlowChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[key];
    const now = after[key];
    if (was === now) continue;
    if (Array.isArray(was) && Array.isArray(now) && was.length === now.length) {
      const items: [number, unknown][] = [];
      now.forEach((item: unknown, i) => {
        if (item !== was[i]) items.push([i, item]);
      });
      changed.push({ key, items });
    } else changed.push({ key, value: now });
  }
  return { changed };
}

/** The flow the page meant: `update` applied to the flow the worker held (none before the first). */
export function applyFlowUpdate(current: Flow | null, update: FlowUpdate): Flow {
  if ('whole' in update) return JSON.parse(update.whole) as Flow;
  if (current === null) throw new Error('A change of the design arrived before the design itself.');
  const flow: FlowRecord = { ...(current as unknown as FlowRecord) };
  for (const change of update.changed) {
    if ('items' in change) {
      const list = [...(flow[change.key] as unknown[])];
      for (const [i, item] of change.items) list[i] = item;
      flow[change.key] = list;
    } else if (change.value === undefined) delete flow[change.key];
    else flow[change.key] = change.value;
  }
  return flow as unknown as Flow;
}

/** Everything a problem says, its quick fix included (two fixes may differ under the same words). */
const problemKey = (p: LintProblem) =>
  `${p.code}\u0000${p.severity}\u0000${p.path}\u0000${p.message}\u0000${p.fix ? JSON.stringify(p.fix) : ''}`;

/** The worker's side: each problem also in `previous` (same code, severity, place, words) by its index there. */
export function encodeProblems(
  previous: readonly LintProblem[],
  problems: readonly LintProblem[],
): ProblemOrSame[] {
  const indexOf = new Map<string, number>();
  previous.forEach((p, i) => indexOf.set(problemKey(p), i));
  return problems.map((p) => indexOf.get(problemKey(p)) ?? p);
}

/** The page's side: the answer with the previous answer's objects; that very array when nothing changed. */
export function decodeProblems(
  previous: readonly LintProblem[],
  encoded: readonly ProblemOrSame[],
): LintProblem[] {
  const problems = encoded.map((p) => (typeof p === 'number' ? previous[p]! : p));
  const same = problems.length === previous.length && problems.every((p, i) => p === previous[i]);
  return same ? (previous as LintProblem[]) : problems;
}
