import type { Command, CommandResult } from '../../domain/commands';
import type { Flow, Status } from '../../domain/flow';
import { duplicateStatusNameReason, statusNamedLike } from '../../domain/statusNames';
import type { StatusSemantics } from '../../domain/types';

/** What every status control needs to edit the document: the store's dispatch (one undo step per call). */
export type Dispatch = (command: Command) => CommandResult;

/**
 * Lane colours users pick from. Each keeps at least 3:1 contrast (WCAG non-text contrast) against
 * both the light board (white) and the dark one (slate-900), so the lane bar and dot stay visible in
 * either theme; the name is what a screen reader says instead of a hex code.
 */
export const STATUS_COLORS: readonly { name: string; value: string }[] = [
  { name: 'Blue', value: '#2563eb' },
  { name: 'Sky', value: '#0284c7' },
  { name: 'Teal', value: '#0d9488' },
  { name: 'Green', value: '#16a34a' },
  { name: 'Ochre', value: '#a16207' },
  { name: 'Amber', value: '#d97706' },
  { name: 'Orange', value: '#ea580c' },
  { name: 'Red', value: '#dc2626' },
  { name: 'Pink', value: '#db2777' },
  { name: 'Purple', value: '#9333ea' },
  { name: 'Indigo', value: '#4f46e5' },
  { name: 'Slate', value: '#64748b' },
];

/** The colour's name in the palette, else its code (a colour imported from elsewhere). */
export const colorName = (value: string): string =>
  STATUS_COLORS.find((c) => c.value.toLowerCase() === value.toLowerCase())?.name ?? value;

/** A colour no lane uses yet, so a new lane stands out; cycles once the palette is used up. */
export function nextFreeColor(flow: Flow): string {
  const used = new Set(flow.statuses.map((s) => s.color.toLowerCase()));
  return (
    STATUS_COLORS.find((c) => !used.has(c.value))?.value ??
    STATUS_COLORS[flow.statuses.length % STATUS_COLORS.length]!.value
  );
}

/** The same words the lane header's badge uses. */
export const SEMANTICS: readonly { value: StatusSemantics; label: string; help: string }[] = [
  { value: 'process', label: 'In progress', help: 'The order is still being worked on.' },
  { value: 'success', label: 'Success', help: 'The order ended well (e.g. completed).' },
  { value: 'failure', label: 'Failure', help: 'The order ended badly (e.g. canceled).' },
];

export const findStatus = (flow: Flow, id: string): Status | undefined =>
  flow.statuses.find((s) => s.id === id);

/** Why `name` cannot be given to a status (another one has it), or null. */
export function takenNameReason(flow: Flow, name: string, except?: string): string | null {
  const taken = statusNamedLike(flow, name, except);
  return taken ? duplicateStatusNameReason(taken) : null;
}
