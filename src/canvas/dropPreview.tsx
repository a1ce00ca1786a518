import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useTranslator } from '../i18n/react';
import { SIZES } from './layout';
import type { DropTarget } from './slots';

type Preview = { target: DropTarget | null; setTarget: (target: DropTarget | null) => void };

const PreviewContext = createContext<Preview | null>(null);

const sameTarget = (a: DropTarget | null, b: DropTarget | null) =>
  a === b ||
  (a !== null && b !== null && a.statusId === b.statusId && a.line === b.line && a.text === b.text);

/**
 * Where a drag in progress would land: set by the palette's drags (the app's DndContext) and by
 * card drags on the canvas, drawn by DropIndicator. Only the indicator re-renders while it moves.
 */
export function DropPreviewProvider({ children }: { children: ReactNode }) {
  const [target, setTargetState] = useState<DropTarget | null>(null);
  const value = useMemo<Preview>(
    () => ({
      target,
      setTarget: (next) => setTargetState((current) => (sameTarget(current, next) ? current : next)),
    }),
    [target],
  );
  return <PreviewContext.Provider value={value}>{children}</PreviewContext.Provider>;
}

const NO_PREVIEW = () => undefined;

/** The setter, or a no-op where nothing draws previews (a read-only shared view). */
export function useSetDropTarget(): (target: DropTarget | null) => void {
  return useContext(PreviewContext)?.setTarget ?? NO_PREVIEW;
}

/** The insertion line and what the drop will do, in the lane the drag is over. */
export function DropIndicator({ laneX }: { laneX: (statusId: string) => number | undefined }) {
  const target = useContext(PreviewContext)?.target ?? null;
  const { t } = useTranslator();
  if (!target) return null;
  const x = laneX(target.statusId);
  if (x === undefined) return null;
  return (
    <ViewportPortal>
      <div
        role="status"
        aria-label={t('canvas.drop.here', { text: target.text })}
        className="of-drop-line pointer-events-none absolute"
        style={{
          transform: `translate(${x + SIZES.cardX - 4}px, ${target.line - 2}px)`,
          width: SIZES.cardWidth + 8,
        }}
      >
        <div className="h-1 rounded-full bg-brand-500" />
        <div className="mt-1 inline-block max-w-full truncate rounded-md bg-brand-600 px-2 py-0.5 text-xs font-medium text-white shadow">
          {target.text}
        </div>
      </div>
    </ViewportPortal>
  );
}
