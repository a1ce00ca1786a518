import { createContext, memo, useContext } from 'react';
import { useDroppableLater } from '../ui/dragLater';
import { useStore } from '@xyflow/react';
import type { NodeProps, ReactFlowState } from '@xyflow/react';
import { useTranslator } from '../i18n/react';
import { isLocked, useDesigner } from '../store';
import { UiIcon } from '../ui';
import { useBoardActions } from './boardActions';
import { LaneHeader } from './LaneHeader';
import { LaneMarkers } from './LaneMarkers';
import { LaneSketch } from './LaneSketch';
import { sharedValue, useSharedValue } from './sharedValue';
import { SKETCH_ZOOM } from './RobotNode';
import { SIZES } from './layout';
import { LaneRunState } from './RunState';
import type { LaneNode as LaneNodeType } from './types';

/** A dashed place where cards would be: an empty trigger row or an empty lane. */
function Placeholder({ top, height, children }: { top: number; height: number; children: string }) {
  return (
    <div
      className="absolute flex items-center justify-center rounded-lg border border-dashed border-slate-300 px-2 text-center text-xs text-fg-muted dark:border-slate-700"
      style={{ top, left: SIZES.cardX, width: SIZES.cardWidth, height }}
    >
      {children}
    </div>
  );
}

/** "+ Add robot" at the end of the lane: the catalog picker, adding at the end of this status. */
function AddRobotButton({
  statusId,
  statusName,
  top,
}: {
  statusId: string;
  statusName: string;
  top: number;
}) {
  const actions = useBoardActions();
  const { t } = useTranslator();
  if (!actions) return null;
  return (
    <button
      type="button"
      // nodrag/nopan: a press here is a click, not a pan of the board or a drag.
      className="nodrag nopan absolute flex items-center justify-center gap-1.5 rounded-lg border border-dashed border-slate-300 text-[13px] font-medium text-fg-secondary hover:border-brand-500 hover:bg-brand-50 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-700 dark:hover:bg-slate-800"
      style={{ top, left: SIZES.cardX, width: SIZES.cardWidth, height: SIZES.addButton }}
      aria-label={t('canvas.lane.addRobot.name', { name: statusName })}
      title={t('canvas.lane.addRobot.hint')}
      onClick={(event) => {
        event.stopPropagation();
        actions.openAddPicker(statusId, event.currentTarget);
      }}
    >
      <UiIcon name="plus" size={14} />
      {t('canvas.lane.addRobot')}
    </button>
  );
}

/**
 * Whether the board may draw a zoomed-out view as sketches (large designs, see FlowCanvas), and
 * whether React Flow's cards are gone right now (a lane then keeps its sketch even when zoomed in,
 * until the cards are back).
 */
export const SketchingContext = createContext(sharedValue({ large: false, cardsAbsent: false }));
const farOut = (s: ReactFlowState) => s.transform[2] < SKETCH_ZOOM;

/** What a palette drop on this lane carries to the app's onDragEnd. */
export type LaneDropData = { statusId: string };

/**
 * A status as a column of the board: header (colour, name, meaning, counts), the trigger row, then
 * the robots stacked in groups (see layout.ts), and "+ Add robot" at the end.
 */
function LaneNodeComponent({ id, data, selected }: NodeProps<LaneNodeType>) {
  const { status, robotCount, triggerCount, markers, robotsTop, addTop } = data;
  const locked = useDesigner(isLocked);
  const { t } = useTranslator();
  const sketching = useSharedValue(useContext(SketchingContext));
  const far = useStore(farOut);
  const sketch = sketching.large && (far || sketching.cardsAbsent);
  // Each lane is a drop target for palette items (the app's DndContext decides what a drop adds).
  const { setNodeRef, isOver } = useDroppableLater(id, { statusId: status.id } satisfies LaneDropData);
  // Opaque and without a shadow: a lane of a large design is thousands of pixels tall, and a
  // translucent or shadowed surface that size is blended again on every frame of a pan.
  const frame = isOver
    ? 'border-brand-500 ring-4 ring-brand-500/25 bg-brand-50 dark:bg-slate-800'
    : selected
      ? 'border-brand-500 ring-2 ring-brand-500/30 bg-surface'
      : 'border-border-subtle bg-surface';
  return (
    <div
      ref={setNodeRef}
      className={`of-lane relative h-full w-full rounded-xl border transition-colors ${frame}`}
    >
      <div className="h-1 rounded-t-[11px]" style={{ background: status.color }} />
      <LaneHeader statusId={status.id} robotCount={robotCount} triggerCount={triggerCount} />
      <div
        className="absolute flex items-center gap-1 text-[10px] font-semibold uppercase tracking-wider text-fg-muted"
        style={{ top: SIZES.headerHeight, left: SIZES.cardX, height: SIZES.caption }}
      >
        <UiIcon name="bolt" size={11} flat="text-fg-muted" />
        {t('canvas.lane.triggers')}
      </div>
      {triggerCount === 0 && (
        <Placeholder top={SIZES.headerHeight + SIZES.caption} height={SIZES.emptyRow}>
          {t('canvas.lane.noTriggers')}
        </Placeholder>
      )}
      {sketch ? (
        <LaneSketch positions={data.positions} triggers={data.triggers} />
      ) : (
        <LaneMarkers markers={markers} />
      )}
      {robotCount === 0 && (
        <Placeholder top={robotsTop} height={SIZES.emptyRobots}>
          {t('canvas.lane.noRobots')}
        </Placeholder>
      )}
      {!locked && <AddRobotButton statusId={status.id} statusName={status.name} top={addTop} />}
      <LaneRunState statusId={status.id} />
    </div>
  );
}

export const LaneNode = memo(LaneNodeComponent);
