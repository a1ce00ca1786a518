import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { DropPreviewProvider } from '../canvas/dropPreview';
import { requestDragRoot, useDragRootRequested } from '../ui/dragLater';
import { useTranslator } from '../i18n/react';
import { LoadPart } from '../ui/LoadPart';
import { PaletteDndRoot } from './lazyParts';

/**
 * Dragging palette items onto the board. @dnd-kit (about 12 kB gzip) is not part of the first load:
 * its DndContext (PaletteDnd) is a chunk asked for as soon as the first screen is up, or by a press
 * on a palette item before that (the press is then handed to it: src/ui/dragLater.ts). The board and
 * the palette render the same either way; a click or Enter on an item adds without it.
 */
export function DesignerDnd({ children }: { children: ReactNode }) {
  const { t } = useTranslator();
  const requested = useDragRootRequested();
  // After the first screen has been committed (and, as a rule, painted).
  useEffect(() => requestDragRoot(), []);
  return (
    <DropPreviewProvider>
      {children}
      {requested && (
        <LoadPart what={t('io.loading.dragging')} fallback={null}>
          <PaletteDndRoot />
        </LoadPart>
      )}
    </DropPreviewProvider>
  );
}
