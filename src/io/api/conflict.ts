import type { DiffOptions, FlowChange } from '../../domain/diff';
import { diffFlows } from '../../domain/diff';
import type { Flow } from '../../domain/flow';
import type { ApiClient } from './client';
import type { ApiResult, ServerFlowVersion } from './errors';
import type { FlowRecord } from './schemas';

/** The three ways out of a 409 that the conflict dialog offers. */
export type ConflictChoice = 'reload-theirs' | 'overwrite' | 'save-as-copy';

/** What resolving left open: the flow to show and the revision the next save starts from. */
export interface Resolved {
  flow: Flow;
  revision: number;
}

/** What my version changes compared with theirs: the dialog's summary. */
export const conflictChanges = (mine: Flow, theirs: ServerFlowVersion, options?: DiffOptions): FlowChange[] =>
  diffFlows(theirs.flow, mine, options);

/**
 * Carries out the user's choice. Reloading needs no call (the 409 already brought their version);
 * overwriting saves over their revision (and can conflict again if yet another save came in);
 * a copy is created under a new id, named "NAME (my copy)", and opened.
 */
export async function resolveConflict(
  client: ApiClient,
  choice: ConflictChoice,
  mine: Flow,
  theirs: ServerFlowVersion,
): Promise<ApiResult<Resolved>> {
  switch (choice) {
    case 'reload-theirs':
      return { ok: true, value: { flow: theirs.flow, revision: theirs.revision } };
    case 'overwrite': {
      const saved = await client.saveFlow(mine, theirs.revision);
      return saved.ok ? { ok: true, value: { flow: mine, revision: saved.value.revision } } : saved;
    }
    case 'save-as-copy': {
      const created: ApiResult<FlowRecord> = await client.createFlow({
        ...mine,
        name: `${mine.name} (my copy)`,
      });
      return created.ok
        ? { ok: true, value: { flow: created.value.flow, revision: created.value.revision } }
        : created;
    }
  }
}
