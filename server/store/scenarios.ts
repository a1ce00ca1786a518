import type { Database } from '../db/types';

export interface StoredScenario {
  id: string;
  name: string;
  scenario: unknown;
  updatedBy: string;
  updatedAt: string;
}

interface ScenarioRow {
  id: string;
  name: string;
  document: string;
  updated_by: string;
  updated_at: string | Date;
}

const fromRow = (r: ScenarioRow): StoredScenario => ({
  id: r.id,
  name: r.name,
  scenario: JSON.parse(r.document) as unknown,
  updatedBy: r.updated_by,
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** Scenarios kept with their flow (deleted with it). */
export function scenarioStore(db: Database, now: () => Date = () => new Date()) {
  return {
    async list(flowId: string): Promise<StoredScenario[]> {
      const { rows } = await db.query<ScenarioRow>(
        'SELECT id, name, document, updated_by, updated_at FROM scenarios WHERE flow_id = $1 ORDER BY name, id',
        [flowId],
      );
      return rows.map(fromRow);
    },
    /** Creates or replaces one scenario; undefined when the flow does not exist. */
    async put(
      flowId: string,
      id: string,
      name: string,
      scenario: unknown,
      by: string,
    ): Promise<StoredScenario | undefined> {
      const { rows: flow } = await db.query('SELECT 1 FROM flows WHERE id = $1', [flowId]);
      if (flow.length === 0) return undefined;
      const { rows } = await db.query<ScenarioRow>(
        `INSERT INTO scenarios (flow_id, id, name, document, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (flow_id, id) DO UPDATE SET name = $3, document = $4, updated_by = $5, updated_at = $6
         RETURNING id, name, document, updated_by, updated_at`,
        [flowId, id, name, JSON.stringify(scenario), by, now()],
      );
      return fromRow(rows[0]!);
    },
    async remove(flowId: string, id: string): Promise<boolean> {
      const { rows } = await db.query('DELETE FROM scenarios WHERE flow_id = $1 AND id = $2 RETURNING id', [
        flowId,
        id,
      ]);
      return rows.length > 0;
    },
  };
}

export type ScenarioStore = ReturnType<typeof scenarioStore>;
