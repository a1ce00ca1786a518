import { useCallback } from 'react';
import { Palette, PaletteRail } from '../panels/palette';
import type { PaletteAddArgs } from '../panels/palette';
import { PALETTE_COLLAPSED_KEY, useDesigner, useDesignerStoreApi } from '../store';
import { addFromPalette, targetStatusId } from './addNode';
import { useReveal } from './useReveal';
import { useUiFlag } from './useUiFlag';

/**
 * The palette on the left, or folded to its icon rail (remembered by this browser) so the board gets
 * the width; click or Enter adds to the selected lane (see targetStatusId) in either form.
 */
export function PalettePanel() {
  const store = useDesignerStoreApi();
  const reveal = useReveal();
  const [collapsed, setCollapsed] = useUiFlag(PALETTE_COLLAPSED_KEY);
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
  // The button that changed the form had the focus; its counterpart in the other form takes it over.
  const focusToggle = (name: string) =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-pane="palette"] button[aria-label="${name}"]`)?.focus(),
    );
  if (collapsed) {
    return (
      <div data-pane="palette" className="flex h-full min-h-0 shrink-0 flex-col">
        <PaletteRail
          onAdd={onAdd}
          targetName={targetName}
          onExpand={() => {
            setCollapsed(false);
            focusToggle('Collapse the palette');
          }}
        />
      </div>
    );
  }
  return (
    <div data-pane="palette" className="flex h-full min-h-0 w-64 shrink-0 flex-col">
      <Palette
        onAdd={onAdd}
        targetName={targetName}
        className="flex-1"
        onCollapse={() => {
          setCollapsed(true);
          focusToggle('Expand the palette');
        }}
      />
    </div>
  );
}
