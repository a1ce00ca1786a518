import type { NodeReason } from '../domain/simulation';
import { useDesigner } from '../store';
import { runReasonId } from './mapping';

/*
 * Why a card did not act in the run shown (docs/semantics.md §5 explanations), drawn on the card: a
 * few words in place of its summary line, the whole sentence above the card while it is hovered or
 * has the keyboard focus, and the sentence as the card's accessible description.
 */

/** The card's reason at playback's moment, while a run is shown. */
export const useRunReason = (nodeId: string): NodeReason | undefined =>
  useDesigner((s) => s.simulation.nodeStates?.reasons?.[nodeId]);

/** The reason's few words, in the place of a card's summary line. */
export function RunReasonLine({ reason, className = '' }: { reason: NodeReason; className?: string }) {
  return (
    <p
      data-run-reason=""
      className={`truncate font-medium text-orange-800 dark:text-orange-300 ${className}`}
    >
      <span aria-hidden="true">? </span>
      {reason.short}
    </p>
  );
}

/**
 * The whole sentence: shown above the card on hover or keyboard focus (React Flow's node wrapper is
 * what holds them), and referenced by the node's `aria-describedby` (read even while hidden).
 */
export function RunReasonSentence({ nodeId, reason }: { nodeId: string; reason: NodeReason | undefined }) {
  if (!reason) return null;
  return (
    <p
      id={runReasonId(nodeId)}
      role="tooltip"
      className="of-run-reason-sentence pointer-events-none absolute inset-x-0 bottom-full z-10 mb-3 hidden rounded-md border border-border-strong bg-surface px-2 py-1 text-[11.5px] leading-4 text-slate-800 shadow-md dark:text-slate-100"
    >
      {reason.full}
    </p>
  );
}
