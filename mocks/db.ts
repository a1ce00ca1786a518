import type { Flow } from '../src/domain/flow';
import { flowId, nextId } from '../src/domain/ids';
import { lintFlow } from '../src/domain/lint';
import type { LintProblem } from '../src/domain/lint';
import { DEFAULT_FLOW } from '../src/domain/samples';
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

/** One saved revision, as the history view lists it. */
export interface MockRevision {
  revision: number;
  author: string;
  createdAt: string;
  flow: Flow;
}

export interface MockPublish {
  revision: number;
  publishedBy: string;
  publishedAt: string;
}

export interface MockScenario {
  id: string;
  name: string;
  scenario: unknown;
  updatedBy: string;
  updatedAt: string;
}

/** The one user of the demo backend: it asks nobody to sign in and allows everything. */
export const DEMO_USER = { username: 'demo', role: 'admin' } as const;

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
  let revisions = new Map<string, MockRevision[]>();
  let publishes = new Map<string, MockPublish[]>();
  let scenarios = new Map<string, Map<string, MockScenario>>();
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
    remember(record, 'colleague');
  }

  /** Adds the record's latest revision to its history. */
  function remember(record: StoredFlow, author: string): void {
    const list = revisions.get(record.flow.id) ?? [];
    list.push({ revision: record.revision, author, createdAt: record.updatedAt, flow: copy(record.flow) });
    revisions.set(record.flow.id, list);
  }

  /**
   * A seeded flow's history: its earlier revisions are what was published (or the flow itself),
   * so the history view has something to open and compare in development.
   */
  function seedHistory(record: StoredFlow): MockRevision[] {
    return Array.from({ length: record.revision }, (_, i) => ({
      revision: i + 1,
      author: 'demo',
      createdAt: record.updatedAt,
      flow: copy(i + 1 < record.revision ? (record.publishedFlow ?? record.flow) : record.flow),
    }));
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
      revisions = new Map([...flows.values()].map((r) => [r.flow.id, seedHistory(r)]));
      publishes = new Map(
        [...flows.values()]
          .filter((r) => r.publishedRevision !== undefined)
          .map((r) => [
            r.flow.id,
            [{ revision: r.publishedRevision!, publishedBy: 'demo', publishedAt: r.updatedAt }],
          ]),
      );
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
      // Random, not the next free number: the demo forgets its flows on reload, and a number issued
      // again would be the id of an earlier design whose browser copy it would then overwrite.
      flow.id = flowId(nextId(`flow-${globalThis.crypto.randomUUID().slice(0, 8)}`, flows.keys()));
      if (name !== undefined) flow.name = name;
      else if (!from) flow.name = 'New flow';
      const record: StoredFlow = { flow, revision: 1, updatedAt: stamp() };
      flows.set(flow.id, record);
      remember(record, DEMO_USER.username);
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
      revisions.delete(id);
      publishes.delete(id);
      scenarios.delete(id);
      return flows.delete(id);
    },
    /** Every revision (newest first) and every publish, or undefined for an unknown flow. */
    history(id: string) {
      if (!flows.has(id)) return undefined;
      return {
        revisions: [...(revisions.get(id) ?? [])].reverse().map(({ flow: _flow, ...entry }) => entry),
        publishes: [...(publishes.get(id) ?? [])].reverse(),
      };
    },
    revision(id: string, n: number): MockRevision | undefined {
      const found = revisions.get(id)?.find((r) => r.revision === n);
      return found && copy(found);
    },
    scenarios(id: string): MockScenario[] | undefined {
      if (!flows.has(id)) return undefined;
      return [...(scenarios.get(id)?.values() ?? [])].map(copy).sort((a, b) => a.name.localeCompare(b.name));
    },
    putScenario(id: string, scenarioId: string, name: string, scenario: unknown): MockScenario | undefined {
      if (!flows.has(id)) return undefined;
      const entry = {
        id: scenarioId,
        name,
        scenario: copy(scenario),
        updatedBy: DEMO_USER.username,
        updatedAt: stamp(),
      };
      const map = scenarios.get(id) ?? new Map<string, MockScenario>();
      map.set(scenarioId, entry);
      scenarios.set(id, map);
      return copy(entry);
    },
    removeScenario(id: string, scenarioId: string): boolean {
      return scenarios.get(id)?.delete(scenarioId) ?? false;
    },
    save(id: string, flow: Flow, baseRevision: number): SaveOutcome {
      const record = flows.get(id);
      if (!record) return { kind: 'not-found' };
      takeConflict(record);
      if (baseRevision !== record.revision) return { kind: 'conflict', current: copy(record) };
      record.flow = copy({ ...flow, id: record.flow.id });
      record.revision += 1;
      record.updatedAt = stamp();
      remember(record, DEMO_USER.username);
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
      record.publishedAt = stamp();
      record.publishedBy = DEMO_USER.username;
      const list = publishes.get(id) ?? [];
      list.push({
        revision: record.revision,
        publishedBy: DEMO_USER.username,
        publishedAt: record.publishedAt,
      });
      publishes.set(id, list);
      return { kind: 'published', record: copy(record) };
    },
  };
  db.reset();
  return db;
}

export type MockDb = ReturnType<typeof createMockDb>;

/** The one backend the dev worker and the tests' node server share; tests call `db.reset()`. */
export const db = createMockDb();
