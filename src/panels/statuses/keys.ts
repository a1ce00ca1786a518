import type { KeyboardEvent } from 'react';
import type { Flow } from '../../domain/flow';
import { shortcutFor } from '../../ui/keyboard';
import type { Dispatch } from './options';

/**
 * The registry's moveStatus keys (ui/keyboard.ts: Alt+ArrowLeft / Alt+ArrowRight) on a focused lane header move the status one place in the
 * pipeline (the keyboard twin of dragging the header). Returns true when it handled the key, so a
 * host with its own key handling can chain it. Plain arrows are left to card navigation.
 */
export function handleStatusReorderKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'preventDefault'>,
  flow: Flow,
  statusId: string,
  dispatch: Dispatch,
): boolean {
  if (shortcutFor('status', event) !== 'moveStatus') return false;
  const step = event.key === 'ArrowLeft' ? -1 : 1;
  event.preventDefault();
  const index = flow.statuses.findIndex((s) => s.id === statusId);
  const toIndex = index + step;
  if (index < 0 || toIndex < 0 || toIndex >= flow.statuses.length) return true;
  dispatch({ type: 'status.move', id: flow.statuses[index]!.id, toIndex });
  return true;
}
