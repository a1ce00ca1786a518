import type { PaletteGroup } from '../../domain/catalog';

/** The icon tile of each group, in the colours the canvas cards use, so an item looks like what it places. */
export const GROUP_TILE: Record<PaletteGroup, string> = {
  employees: 'bg-violet-50 text-violet-700 dark:bg-violet-950 dark:text-violet-300',
  communications: 'bg-sky-50 text-sky-700 dark:bg-sky-950 dark:text-sky-300',
  order: 'bg-warning-soft text-amber-700 dark:text-amber-300',
  triggers: 'bg-emerald-50 text-emerald-700 dark:bg-emerald-950 dark:text-emerald-300',
};

/** Robots carry their own group; triggers are one group. */
export function groupOf(
  item: { kind: 'robot'; def: { group: PaletteGroup } } | { kind: 'trigger' },
): PaletteGroup {
  return item.kind === 'robot' ? item.def.group : 'triggers';
}
