import { useState } from 'react';
import { useDesigner, useDesignerStoreApi } from '../store';
import { useTranslator } from '../i18n/react';
import { LoadPart } from '../ui/LoadPart';
import { ShortcutsHelp } from './lazyParts';
import { useReveal } from './useReveal';
import { useShortcuts } from './useShortcuts';

/** Puts the keyboard focus on a card, so screen readers follow the arrow-key selection. */
function focusCard(id: string) {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus(),
  );
}

/** The designer's keyboard shortcuts and their `?` help, with messages going to the toasts. */
export function Shortcuts() {
  const { t } = useTranslator();
  const store = useDesignerStoreApi();
  const reveal = useReveal();
  const [help, setHelp] = useState(false);
  // Simulate mode locks the design: no editing keys (the simulator's own controls keep theirs).
  const simulating = useDesigner((s) => s.simulation.active);
  useShortcuts({
    enabled: !simulating,
    onShowHelp: () => setHelp((open) => !open),
    onMessage: (message) => store.getState().notify(message, 'error'),
    onMoved: (message, id) => {
      store.getState().notify(message);
      reveal(id, { onlyIfHidden: true });
      focusCard(id);
    },
    onSelectionMoved: (id) => {
      reveal(id, { onlyIfHidden: true });
      focusCard(id);
    },
  });
  return help ? (
    <LoadPart what={t('io.loading.shortcuts')} kind="dialog" onClose={() => setHelp(false)}>
      <ShortcutsHelp onClose={() => setHelp(false)} />
    </LoadPart>
  ) : null;
}
