/**
 * docs/semantics.md §4 rule 1: the job queue, ordered by (time, insertion number). A binary min-heap: a flow with
 * hundreds of delayed robots per status must not pay a sorted insert per job.
 */

export interface Queued {
  /** Epoch milliseconds. */
  time: number;
  /** Insertion number: equal times run in insertion order. */
  ins: number;
}

const before = (a: Queued, b: Queued): boolean => a.time < b.time || (a.time === b.time && a.ins < b.ins);

/** A min-heap of jobs by (time, insertion number). */
export class JobQueue<T extends Queued> {
  private heap: T[] = [];

  get size(): number {
    return this.heap.length;
  }

  /** Adds a job (its `ins` must already be set). */
  push(job: T): void {
    const h = this.heap;
    let i = h.length;
    h.push(job);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = h[parent]!;
      if (!before(job, p)) break;
      h[i] = p;
      i = parent;
    }
    h[i] = job;
  }

  /** The first job, without removing it. */
  peek(): T | undefined {
    return this.heap[0];
  }

  /** Removes and returns the first job. */
  pop(): T | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) this.siftDown(last);
    return top;
  }

  /** Removes every job the predicate selects (O(n)); returns how many were removed. */
  removeWhere(drop: (job: T) => boolean): number {
    const kept = this.heap.filter((job) => !drop(job));
    const removed = this.heap.length - kept.length;
    if (removed > 0) {
      this.heap = kept;
      for (let i = (kept.length >> 1) - 1; i >= 0; i--) this.siftDownFrom(i);
    }
    return removed;
  }

  /** Every job in queue order (a sorted copy; for inspection, never the hot path). */
  ordered(): T[] {
    return [...this.heap].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }

  /** Empties the queue. */
  clear(): void {
    this.heap = [];
  }

  private siftDown(job: T): void {
    this.heap[0] = job;
    this.siftDownFrom(0);
  }

  private siftDownFrom(start: number): void {
    const h = this.heap;
    const n = h.length;
    const job = h[start]!;
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(h[r]!, h[l]!) ? r : l;
      const child = h[c]!;
      if (!before(child, job)) break;
      h[i] = child;
      i = c;
    }
    h[i] = job;
  }
}
