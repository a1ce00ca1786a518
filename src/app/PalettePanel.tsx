import { useCallback } from 'react';
import { Palette } from '../panels/palette';
import type { PaletteAddArgs } from '../panels/palette';
import { useDesigner, useDesignerStoreApi } from '../store';
import { addFromPalette, targetStatusId } from './addNode';
import { useReveal } from './useReveal';

/** The palette on the left; click or Enter adds to the selected lane (see targetStatusId). */
export function PalettePanel() {
  const store = useDesignerStoreApi();
  const reveal = useReveal();
  const targetName = useDesigner((s) => {
    const id = targetStatusId(s);
    return s.flow.statuses.find((st) => st.id === id)?.name;
  });
  const onAdd = useCallback(
    (...args: PaletteAddArgs) => {
      const status = targetStatusId(store.getState());
      if (status === undefined) return;
      const id = addFromPalette(store, status, ...args);
      if (id) reveal(id, { onlyIfHidden: true });
    },
    [store, reveal],
  );
  return (
    <div data-pane="palette" className="flex h-full min-h-0 w-64 shrink-0 flex-col">
      <Palette onAdd={onAdd} targetName={targetName} className="flex-1" />
    </div>
  );
}
