import type { DesignerState } from '../store';

/** What the selection holds, as the right-hand dock needs to know it. */
export type SelectionKind =
  | { kind: 'none' }
  | { kind: 'status'; id: string }
  | { kind: 'robot' | 'trigger'; id: string }
  | { kind: 'several'; count: number };

/**
 * Ids the document no longer holds (a card just deleted elsewhere, an edge id) count as nothing, so
 * the dock never opens on something it cannot show.
 */
export function selectionKindOf(s: Pick<DesignerState, 'flow' | 'selection'>): SelectionKind {
  const { flow } = s;
  const known = s.selection.filter(
    (id) =>
      flow.statuses.some((st) => st.id === id) ||
      flow.robots.some((r) => r.id === id) ||
      flow.triggers.some((t) => t.id === id),
  );
  if (known.length === 0) return { kind: 'none' };
  if (known.length > 1) return { kind: 'several', count: known.length };
  const id = known[0]!;
  if (flow.statuses.some((st) => st.id === id)) return { kind: 'status', id };
  return { kind: flow.robots.some((r) => r.id === id) ? 'robot' : 'trigger', id };
}

/** A stable string for zustand selectors (objects would rerender on every store change). */
export const selectionKey = (k: SelectionKind): string =>
  k.kind === 'none' ? 'none' : k.kind === 'several' ? `several:${k.count}` : `${k.kind}:${k.id}`;

export function parseSelectionKey(key: string): SelectionKind {
  if (key === 'none') return { kind: 'none' };
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  const rest = key.slice(at + 1);
  if (kind === 'several') return { kind: 'several', count: Number(rest) };
  return { kind: kind as 'status' | 'robot' | 'trigger', id: rest };
}
