import { randomBytes } from 'node:crypto';
import type { Flow } from '../../src/domain/flow';
import { flowId } from '../../src/domain/ids';
import type { Database, Queryable } from '../db/types';

/** One stored flow as the API answers it: the latest revision and, once published, what is live. */
export interface FlowRecordRow {
  flow: Flow;
  revision: number;
  updatedAt: string;
  publishedRevision?: number;
  publishedFlow?: Flow;
  publishedAt?: string;
  publishedBy?: string;
}

export interface FlowSummaryRow {
  id: string;
  name: string;
  revision: number;
  updatedAt: string;
  publishedRevision?: number;
}

export type SaveOutcome =
  | { kind: 'saved'; revision: number; updatedAt: string }
  | { kind: 'conflict'; current: { flow: Flow; revision: number } }
  | { kind: 'not-found' };

const iso = (value: unknown): string => new Date(value as string | Date).toISOString();
const parse = (text: string): Flow => JSON.parse(text) as Flow;

/** A fresh flow id, random so two server processes sharing one database never issue the same. */
export const newFlowId = (): string => `flow-${randomBytes(6).toString('hex')}`;

async function documentAt(q: Queryable, id: string, revision: number): Promise<Flow | undefined> {
  const { rows } = await q.query<{ document: string }>(
    'SELECT document FROM flow_revisions WHERE flow_id = $1 AND revision = $2',
    [id, revision],
  );
  return rows[0] && parse(rows[0].document);
}

interface FlowRow {
  id: string;
  name: string;
  revision: number;
  updated_at: string | Date;
  published_revision: number | null;
}

/** Flows, their revisions and their publishing, over either database. */
export function flowStore(db: Database, now: () => Date = () => new Date()) {
  async function current(q: Queryable, id: string): Promise<{ flow: Flow; revision: number } | undefined> {
    const { rows } = await q.query<FlowRow>('SELECT revision FROM flows WHERE id = $1', [id]);
    const row = rows[0];
    if (!row) return undefined;
    const flow = await documentAt(q, id, row.revision);
    return flow && { flow, revision: row.revision };
  }

  return {
    async list(): Promise<FlowSummaryRow[]> {
      const { rows } = await db.query<FlowRow>(
        'SELECT id, name, revision, updated_at, published_revision FROM flows ORDER BY updated_at DESC, id',
      );
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        revision: r.revision,
        updatedAt: iso(r.updated_at),
        ...(r.published_revision !== null ? { publishedRevision: r.published_revision } : {}),
      }));
    },

    async get(id: string): Promise<FlowRecordRow | undefined> {
      const { rows } = await db.query<FlowRow>(
        'SELECT id, name, revision, updated_at, published_revision FROM flows WHERE id = $1',
        [id],
      );
      const row = rows[0];
      if (!row) return undefined;
      const flow = await documentAt(db, id, row.revision);
      if (!flow) return undefined;
      const record: FlowRecordRow = { flow, revision: row.revision, updatedAt: iso(row.updated_at) };
      if (row.published_revision === null) return record;
      const published = await documentAt(db, id, row.published_revision);
      const { rows: last } = await db.query<{ published_by: string; published_at: string | Date }>(
        'SELECT published_by, published_at FROM flow_publishes WHERE flow_id = $1 ORDER BY published_at DESC LIMIT 1',
        [id],
      );
      return {
        ...record,
        publishedRevision: row.published_revision,
        ...(published ? { publishedFlow: published } : {}),
        ...(last[0] ? { publishedBy: last[0].published_by, publishedAt: iso(last[0].published_at) } : {}),
      };
    },

    /** Stores `flow` as revision 1 of a new flow under a fresh id (the document's own id is replaced). */
    async create(flow: Flow, author: string): Promise<FlowRecordRow> {
      const id = newFlowId();
      const stored: Flow = { ...flow, id: flowId(id) };
      const at = now();
      await db.transaction(async (tx) => {
        await tx.query('INSERT INTO flows (id, name, revision, updated_at) VALUES ($1, $2, 1, $3)', [
          id,
          stored.name,
          at,
        ]);
        await tx.query(
          'INSERT INTO flow_revisions (flow_id, revision, document, author, created_at) VALUES ($1, 1, $2, $3, $4)',
          [id, JSON.stringify(stored), author, at],
        );
      });
      return { flow: stored, revision: 1, updatedAt: at.toISOString() };
    },

    /**
     * The optimistic check and the write are one statement: the UPDATE only matches while the row
     * is still at `baseRevision`, and PostgreSQL re-checks that condition after waiting for a
     * concurrent writer's lock, so of N saves racing on one revision exactly one matches.
     */
    async save(id: string, flow: Flow, baseRevision: number, author: string): Promise<SaveOutcome> {
      const at = now();
      return db.transaction(async (tx): Promise<SaveOutcome> => {
        const { rows } = await tx.query<{ revision: number }>(
          'UPDATE flows SET revision = revision + 1, name = $3, updated_at = $4 WHERE id = $1 AND revision = $2 RETURNING revision',
          [id, baseRevision, flow.name, at],
        );
        const saved = rows[0];
        if (!saved) {
          const latest = await current(tx, id);
          return latest ? { kind: 'conflict', current: latest } : { kind: 'not-found' };
        }
        await tx.query(
          'INSERT INTO flow_revisions (flow_id, revision, document, author, created_at) VALUES ($1, $2, $3, $4, $5)',
          [id, saved.revision, JSON.stringify({ ...flow, id }), author, at],
        );
        return { kind: 'saved', revision: saved.revision, updatedAt: at.toISOString() };
      });
    },

    async remove(id: string): Promise<boolean> {
      const { rows } = await db.query('DELETE FROM flows WHERE id = $1 RETURNING id', [id]);
      return rows.length > 0;
    },

    /** Every revision, newest first, and every publish (who, when, which revision). */
    async history(id: string) {
      const { rows: exists } = await db.query('SELECT 1 FROM flows WHERE id = $1', [id]);
      if (exists.length === 0) return undefined;
      const { rows } = await db.query<{ revision: number; author: string; created_at: string | Date }>(
        'SELECT revision, author, created_at FROM flow_revisions WHERE flow_id = $1 ORDER BY revision DESC',
        [id],
      );
      const { rows: publishes } = await db.query<{
        revision: number;
        published_by: string;
        published_at: string | Date;
      }>(
        'SELECT revision, published_by, published_at FROM flow_publishes WHERE flow_id = $1 ORDER BY published_at DESC',
        [id],
      );
      return {
        revisions: rows.map((r) => ({
          revision: r.revision,
          author: r.author,
          createdAt: iso(r.created_at),
        })),
        publishes: publishes.map((p) => ({
          revision: p.revision,
          publishedBy: p.published_by,
          publishedAt: iso(p.published_at),
        })),
      };
    },

    async revision(id: string, revision: number) {
      const { rows } = await db.query<{ document: string; author: string; created_at: string | Date }>(
        'SELECT document, author, created_at FROM flow_revisions WHERE flow_id = $1 AND revision = $2',
        [id, revision],
      );
      const row = rows[0];
      return (
        row && { flow: parse(row.document), revision, author: row.author, createdAt: iso(row.created_at) }
      );
    },

    /**
     * Publishes `revision` if it is still the latest. `check` (the linter) runs inside the
     * transaction on the locked row, so a save cannot slip in between the check and the publish.
     */
    async publish(
      id: string,
      revision: number,
      by: string,
      check: (flow: Flow) => unknown[],
    ): Promise<
      | { kind: 'published'; publishedRevision: number; publishedAt: string }
      | { kind: 'conflict'; current: { flow: Flow; revision: number } }
      | { kind: 'invalid'; problems: unknown[] }
      | { kind: 'not-found' }
    > {
      const at = now();
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<{ revision: number }>(
          'SELECT revision FROM flows WHERE id = $1 FOR UPDATE',
          [id],
        );
        const row = rows[0];
        if (!row) return { kind: 'not-found' } as const;
        const latest = (await documentAt(tx, id, row.revision))!;
        if (row.revision !== revision)
          return { kind: 'conflict', current: { flow: latest, revision: row.revision } } as const;
        const problems = check(latest);
        if (problems.length > 0) return { kind: 'invalid', problems } as const;
        await tx.query('UPDATE flows SET published_revision = $2 WHERE id = $1', [id, revision]);
        await tx.query(
          'INSERT INTO flow_publishes (flow_id, revision, published_by, published_at) VALUES ($1, $2, $3, $4)',
          [id, revision, by, at],
        );
        return { kind: 'published', publishedRevision: revision, publishedAt: at.toISOString() } as const;
      });
    },
  };
}

export type FlowStore = ReturnType<typeof flowStore>;
