import { paletteGroups } from '../../domain/catalog';
import type { PaletteGroup, PaletteItem } from '../../domain/catalog';

/** The words a person reads for an item (its title and description, in their language). */
export type PaletteItemText = (item: PaletteItem) => string;

const catalogWords: PaletteItemText = (item) => `${item.def.title} ${item.def.description}`;

export interface PaletteSection {
  group: PaletteGroup;
  items: PaletteItem[];
}

/** The query's words, lower-cased; blank queries have none. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Every word must occur in the title or the description, so "email link" finds "Email link clicked". */
export function matchesQuery(
  item: PaletteItem,
  words: readonly string[],
  textOf: PaletteItemText = catalogWords,
): boolean {
  const haystack = textOf(item).toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** The catalog's groups with the items that match; groups left empty are dropped while searching. */
export function searchPalette(
  query: string,
  groups = paletteGroups(),
  textOf: PaletteItemText = catalogWords,
): PaletteSection[] {
  const words = queryWords(query);
  if (words.length === 0) return groups;
  return groups
    .map(({ group, items }) => ({ group, items: items.filter((item) => matchesQuery(item, words, textOf)) }))
    .filter((section) => section.items.length > 0);
}

/** The key of an item for focus and React: `robot:email.send`. */
export const itemKey = (item: PaletteItem): string => `${item.kind}:${item.def.type}`;
