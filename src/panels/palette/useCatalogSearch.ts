import { useMemo } from 'react';
import { catalogDescription, catalogTitle } from '../../i18n/catalogText';
import { useTranslator } from '../../i18n/react';
import { searchPalette } from './search';
import type { PaletteSection } from './search';

/**
 * The catalog's sections matching `query`, searched in the words on screen, so "SMS" and
 * "Отправить" both find Send SMS in their language (the palette and the Add-to-status picker).
 */
export function useCatalogSearch(query: string): PaletteSection[] {
  const translator = useTranslator();
  return useMemo(
    () =>
      searchPalette(query, undefined, (item) =>
        [
          catalogTitle(translator, item.kind, item.def.type),
          catalogDescription(translator, item.kind, item.def.type),
        ].join(' '),
      ),
    [query, translator],
  );
}
