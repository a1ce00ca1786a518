import type { KeyboardEvent } from 'react';
import type { Flow } from '../../domain/flow';
import type { Dispatch } from './options';

/**
 * Alt+ArrowLeft / Alt+ArrowRight on a focused lane header move the status one place in the
 * pipeline (the keyboard twin of dragging the header). Returns true when it handled the key, so a
 * host with its own key handling can chain it. Plain arrows are left to card navigation.
 */
export function handleStatusReorderKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'preventDefault'>,
  flow: Flow,
  statusId: string,
  dispatch: Dispatch,
): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
  if (step === 0) return false;
  event.preventDefault();
  const index = flow.statuses.findIndex((s) => s.id === statusId);
  const toIndex = index + step;
  if (index < 0 || toIndex < 0 || toIndex >= flow.statuses.length) return true;
  dispatch({ type: 'status.move', id: flow.statuses[index]!.id, toIndex });
  return true;
}
