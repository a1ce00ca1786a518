import { useCallback } from 'react';
import { Palette } from '../panels/palette';
import type { PaletteAddArgs } from '../panels/palette';
import { PALETTE_COLLAPSED_KEY, useDesigner, useDesignerStoreApi } from '../store';
import { addFromPalette, targetStatusId } from './addNode';
import { useTranslator } from '../i18n/react';
import { LoadPart } from '../ui/LoadPart';
import { PaletteRail } from './lazyParts';
import { useReveal } from './useReveal';
import { useUiFlag } from './useUiFlag';

/**
 * The palette on the left, or folded to its icon rail (remembered by this browser) so the board gets
 * the width; click or Enter adds to the selected lane (see targetStatusId) in either form.
 */
export function PalettePanel() {
  const store = useDesignerStoreApi();
  const reveal = useReveal();
  const { t } = useTranslator();
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
        {/* Folded by few: its code loads on demand (the first-load budget, README "Performance"). */}
        <LoadPart what={t('loading.palette')} fallback={<div className="w-12" aria-hidden="true" />}>
          <PaletteRail
            onAdd={onAdd}
            targetName={targetName}
            onExpand={() => {
              setCollapsed(false);
              focusToggle(t('palette.collapse'));
            }}
          />
        </LoadPart>
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
          focusToggle(t('palette.expand'));
        }}
      />
    </div>
  );
}
