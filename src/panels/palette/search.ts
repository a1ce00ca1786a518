import { paletteGroups } from '../../domain/catalog';
import type { PaletteGroup, PaletteItem } from '../../domain/catalog';

export interface PaletteSection {
  group: PaletteGroup;
  items: PaletteItem[];
}

/** The query's words, lower-cased; blank queries have none. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Every word must occur in the title or the description, so "email link" finds "Email link clicked". */
export function matchesQuery(item: PaletteItem, words: readonly string[]): boolean {
  const haystack = `${item.def.title} ${item.def.description}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** The catalog's groups with the items that match; groups left empty are dropped while searching. */
export function searchPalette(query: string, groups = paletteGroups()): PaletteSection[] {
  const words = queryWords(query);
  if (words.length === 0) return groups;
  return groups
    .map(({ group, items }) => ({ group, items: items.filter((item) => matchesQuery(item, words)) }))
    .filter((section) => section.items.length > 0);
}

/** The key of an item for focus and React: `robot:email.send`. */
export const itemKey = (item: PaletteItem): string => `${item.kind}:${item.def.type}`;
