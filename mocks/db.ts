import type { Flow } from '../src/domain/flow';
import { flowId, nextId } from '../src/domain/ids';
import { lintFlow } from '../src/domain/lint';
import type { LintProblem } from '../src/domain/lint';
import { DEFAULT_FLOW } from '../src/domain/samples';
import type { Scenario } from '../src/domain/scenario';
import type { StoredFlow } from './fixtures/flows';
import { seedFlows } from './fixtures/flows';

export type { StoredFlow } from './fixtures/flows';

/** Failures a test (or the `?fault=` flag in development) can switch on. */
export interface Faults {
  /** Every API answer waits this long first. */
  latencyMs: number;
  /** Every API call answers 500. */
  status500: boolean;
  /** Every API call fails as if the network were down. */
  offline: boolean;
  /** The next save or publish finds that a colleague saved first (409); then it switches itself off. */
  conflict: boolean;
}

export const NO_FAULTS: Faults = { latencyMs: 0, status500: false, offline: false, conflict: false };

export type SaveOutcome =
  { kind: 'saved'; record: StoredFlow } | { kind: 'conflict'; current: StoredFlow } | { kind: 'not-found' };

export type PublishOutcome =
  | { kind: 'published'; record: StoredFlow }
  | { kind: 'conflict'; current: StoredFlow }
  | { kind: 'invalid'; problems: LintProblem[] }
  | { kind: 'not-found' };

export interface MockDbOptions {
  now?: () => Date;
  seed?: () => StoredFlow[];
}

/**
 * The mocked backend's storage: flows with revisions and a published copy, kept in memory. It
 * behaves like the real service would (optimistic revisions, validation before publishing) so the
 * designer's save, publish and conflict paths can be exercised in development and in tests.
 */
export function createMockDb({ now = () => new Date(), seed = seedFlows }: MockDbOptions = {}) {
  let flows = new Map<string, StoredFlow>();
  /** Scenarios per flow id (docs/semantics.md §7), apart from the flow's revisions: editing them is no new revision. */
  let scenarios = new Map<string, Scenario[]>();
  let faults: Faults = { ...NO_FAULTS };

  const stamp = () => now().toISOString();
  const copy = <T>(value: T): T => structuredClone(value);

  /**
   * A colleague's save, made just before ours arrives: the stored flow gets a new revision with a
   * visible change, so the conflict dialog has a real difference to summarise.
   */
  function colleagueSaves(record: StoredFlow): void {
    const flow = copy(record.flow);
    flow.name = `${flow.name} (edited by a colleague)`;
    const first = flow.robots[0];
    if (first) first.disabled = !first.disabled;
    record.flow = flow;
    record.revision += 1;
    record.updatedAt = stamp();
  }

  /** Consumes a pending conflict fault, if any. */
  function takeConflict(record: StoredFlow): void {
    if (!faults.conflict) return;
    faults = { ...faults, conflict: false };
    colleagueSaves(record);
  }

  const db = {
    /** Back to the seeded flows and no faults: call between tests. */
    reset(): void {
      flows = new Map(seed().map((r) => [r.flow.id, r]));
      scenarios = new Map();
      faults = { ...NO_FAULTS };
    },
    faults: (): Faults => ({ ...faults }),
    setFaults(next: Partial<Faults>): void {
      faults = { ...faults, ...next };
    },
    /** A conflict for the next save of this flow, used by the development `?fault=conflict` flag. */
    simulateColleagueSave(id: string): boolean {
      const record = flows.get(id);
      if (!record) return false;
      colleagueSaves(record);
      return true;
    },
    list(): StoredFlow[] {
      return [...flows.values()].map(copy);
    },
    get(id: string): StoredFlow | undefined {
      const record = flows.get(id);
      return record && copy(record);
    },
    /** Stores a new flow (the default one when none is given) under a fresh id. */
    create(from?: Flow, name?: string): StoredFlow {
      const flow = copy(from ?? DEFAULT_FLOW);
      flow.id = flowId(nextId('flow', flows.keys()));
      if (name !== undefined) flow.name = name;
      else if (!from) flow.name = 'New flow';
      const record: StoredFlow = { flow, revision: 1, updatedAt: stamp() };
      flows.set(flow.id, record);
      return copy(record);
    },
    duplicate(id: string): StoredFlow | undefined {
      const record = flows.get(id);
      if (!record) return undefined;
      const created = db.create(record.flow, `${record.flow.name} (copy)`);
      // A copy of a design is a copy of its tests too.
      const kept = scenarios.get(id);
      if (kept) scenarios.set(created.flow.id, copy(kept));
      return created;
    },
    remove(id: string): boolean {
      scenarios.delete(id);
      return flows.delete(id);
    },
    /** The scenarios stored with a flow (empty when none); undefined for an unknown flow. */
    scenarios(id: string): Scenario[] | undefined {
      return flows.has(id) ? copy(scenarios.get(id) ?? []) : undefined;
    },
    /** Replaces a flow's scenarios; false for an unknown flow. */
    setScenarios(id: string, list: readonly Scenario[]): boolean {
      if (!flows.has(id)) return false;
      scenarios.set(id, copy([...list]));
      return true;
    },
    save(id: string, flow: Flow, baseRevision: number): SaveOutcome {
      const record = flows.get(id);
      if (!record) return { kind: 'not-found' };
      takeConflict(record);
      if (baseRevision !== record.revision) return { kind: 'conflict', current: copy(record) };
      record.flow = copy({ ...flow, id: record.flow.id });
      record.revision += 1;
      record.updatedAt = stamp();
      return { kind: 'saved', record: copy(record) };
    },
    /** Publishes `revision` if it is still the latest and the linter finds no error in it. */
    publish(id: string, revision: number): PublishOutcome {
      const record = flows.get(id);
      if (!record) return { kind: 'not-found' };
      takeConflict(record);
      if (revision !== record.revision) return { kind: 'conflict', current: copy(record) };
      const problems = lintFlow(record.flow).filter((p) => p.severity === 'error');
      if (problems.length > 0) return { kind: 'invalid', problems };
      record.publishedRevision = record.revision;
      record.publishedFlow = copy(record.flow);
      return { kind: 'published', record: copy(record) };
    },
  };
  db.reset();
  return db;
}

export type MockDb = ReturnType<typeof createMockDb>;

/** The one backend the dev worker and the tests' node server share; tests call `db.reset()`. */
export const db = createMockDb();
