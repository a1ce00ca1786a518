import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { NodeProps } from '@xyflow/react';
import { UiIcon } from '../ui';
import { LaneHeader } from './LaneHeader';
import { LaneRunState } from './RunState';
import type { LaneNode as LaneNodeType } from './types';

function Caption({ top, icon, children }: { top: number; icon: 'bolt' | 'clock'; children: string }) {
  return (
    <div
      className="absolute inset-x-4 flex h-6 items-center gap-1.5 text-[10px] font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400"
      style={{ top }}
    >
      <UiIcon name={icon} size={11} />
      {children}
    </div>
  );
}

function Placeholder({ top, children }: { top: number; children: string }) {
  return (
    <div
      className="absolute inset-x-4 flex h-[46px] items-center justify-center rounded-lg border border-dashed border-slate-300 text-xs text-slate-500 dark:border-slate-700 dark:text-slate-400"
      style={{ top }}
    >
      {children}
    </div>
  );
}

/** A status as a swimlane column: header (colour, name, semantics, counts) over its trigger and robot areas. */
/** What a palette drop on this lane carries to the app's onDragEnd. */
export type LaneDropData = { statusId: string };

function LaneNodeComponent({ id, data, selected }: NodeProps<LaneNodeType>) {
  const { status, robotCount, triggerCount, triggersTop, robotsTop } = data;
  // Each lane is a drop target for palette items (the app's DndContext decides what a drop adds).
  const { setNodeRef, isOver } = useDroppable({ id, data: { statusId: status.id } satisfies LaneDropData });
  // Opaque and without a shadow: a lane of a large design is thousands of pixels wide, and a
  // translucent or shadowed surface that size is blended again on every frame of a pan.
  const frame = isOver
    ? 'border-brand-500 ring-4 ring-brand-500/25 bg-brand-50 dark:bg-slate-800'
    : selected
      ? 'border-brand-500 ring-2 ring-brand-500/30 bg-white dark:bg-slate-900'
      : 'border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900';
  return (
    <div
      ref={setNodeRef}
      className={`of-lane relative h-full w-full rounded-xl border transition-colors ${frame}`}
    >
      <div className="h-1.5 rounded-t-[11px]" style={{ background: status.color }} />
      <LaneHeader statusId={status.id} robotCount={robotCount} triggerCount={triggerCount} />
      <Caption top={triggersTop} icon="bolt">
        Triggers
      </Caption>
      {triggerCount === 0 && <Placeholder top={triggersTop + 24}>No trigger moves orders here</Placeholder>}
      <Caption top={robotsTop} icon="clock">
        Robots — run on entering the status
      </Caption>
      {robotCount === 0 && <Placeholder top={robotsTop + 24}>No robots</Placeholder>}
      <LaneRunState statusId={status.id} />
    </div>
  );
}

export const LaneNode = memo(LaneNodeComponent);
