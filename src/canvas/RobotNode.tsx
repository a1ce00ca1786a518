import { memo } from 'react';
import { Handle, Position, useStore } from '@xyflow/react';
import type { NodeProps, ReactFlowState } from '@xyflow/react';
import type { RobotGroup } from '../domain/catalog';
import { PALETTE_GROUP_TITLES } from '../domain/catalog';
import { Chip, Icon } from '../ui';
import { NeedsSettings } from './NeedsSettings';
import { RobotCardMeta } from './RobotCardMeta';
import { RobotRunState } from './RunState';
import type { RobotNode as RobotNodeType } from './types';

/** Each palette group has its own colour, so a lane's mix of actions reads at a glance. */
const GROUP_TONE: Record<RobotGroup, { tile: string; stripe: string }> = {
  communications: {
    tile: 'bg-sky-50 text-sky-700 dark:bg-sky-950 dark:text-sky-300',
    stripe: 'before:bg-sky-500',
  },
  order: {
    tile: 'bg-amber-50 text-amber-700 dark:bg-amber-950 dark:text-amber-300',
    stripe: 'before:bg-amber-500',
  },
  employees: {
    tile: 'bg-violet-50 text-violet-700 dark:bg-violet-950 dark:text-violet-300',
    stripe: 'before:bg-violet-500',
  },
};

/**
 * Below this zoom a card's detail lines (summary, person, chips: 11–12 px) are under 6 px on screen
 * and cannot be read: the card shows its icon and name, large, and costs a fraction of the elements
 * to mount and paint — what makes panning a zoomed-out board of thousands of cards smooth.
 */
export const DETAIL_ZOOM = 0.5;
const zoomedOut = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;

/** Handles sit outside the clipped card, so they can overhang its edges and be grabbed whole. */
function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Top} className="of-handle of-handle-target" />
      <Handle
        type="source"
        position={Position.Bottom}
        className="of-handle of-handle-source"
        title="Drag to a robot of this status to run it after this one"
      />
    </>
  );
}

/** A robot card: icon, name or title, the settings summary, and its delay and condition chips. */
function RobotNodeComponent({ data, selected }: NodeProps<RobotNodeType>) {
  const { robot, look, delay, condition, unconfigured } = data;
  const compact = useStore(zoomedOut);
  const tone = GROUP_TONE[look.group];
  // Bitrix24 paints a rule that still needs settings yellow; so do we, until lint's OF101 is satisfied.
  const surface = unconfigured ? 'bg-amber-50 dark:bg-amber-950/60' : 'bg-white dark:bg-slate-900';
  const border = selected
    ? 'border-brand-500 ring-2 ring-brand-500/40'
    : unconfigured
      ? 'border-amber-400 dark:border-amber-600'
      : 'border-slate-200 dark:border-slate-700';
  if (compact)
    return (
      <div className="relative h-full">
        <div
          className={`relative flex h-full items-center gap-3 overflow-hidden rounded-lg border pl-5 pr-3 before:absolute before:inset-y-0 before:left-0 before:w-2 ${surface} ${tone.stripe} ${border} ${robot.disabled ? 'opacity-60' : ''}`}
        >
          <div className={`flex h-12 w-12 shrink-0 items-center justify-center rounded-md ${tone.tile}`}>
            <Icon name={look.icon} size={28} />
          </div>
          <div className="line-clamp-2 min-w-0 flex-1 text-2xl font-semibold leading-7 text-slate-900 dark:text-slate-100">
            {robot.name ?? look.title}
          </div>
        </div>
        <RobotRunState robotId={robot.id} />
        <Handles />
      </div>
    );
  return (
    <div className="relative h-full">
      <div
        className={`relative flex h-full flex-col overflow-hidden rounded-lg border pl-1 shadow-sm transition-shadow before:absolute before:inset-y-0 before:left-0 before:w-1 hover:shadow-md ${surface} ${tone.stripe} ${border} ${robot.disabled ? 'opacity-60' : ''}`}
      >
        <div className="flex items-start gap-2.5 px-3 pt-2.5">
          <div className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-md ${tone.tile}`}>
            <Icon name={look.icon} size={17} />
          </div>
          <div className="min-w-0 flex-1">
            <div className="truncate text-[13px] font-semibold leading-5 text-slate-900 dark:text-slate-100">
              {robot.name ?? look.title}
            </div>
            <div className="truncate text-[11px] leading-4 text-slate-500 dark:text-slate-400">
              {robot.name ? look.title : PALETTE_GROUP_TITLES[look.group]}
            </div>
          </div>
        </div>
        <p
          className="mt-1.5 truncate px-3 text-xs leading-4 text-slate-600 dark:text-slate-300"
          title={look.summary || undefined}
        >
          {look.summary || (
            <span className="italic text-slate-500 dark:text-slate-400">No settings to show</span>
          )}
        </p>
        <RobotCardMeta robot={robot} />
        <div className="mt-auto flex min-w-0 items-center gap-1 px-3 pb-2.5">
          <Chip tone="time" icon="clock" title={`Runs ${delay}`} fixed>
            {delay}
          </Chip>
          {condition && (
            <Chip tone="condition" icon="filter" title={`Only if ${condition}`}>
              if {condition}
            </Chip>
          )}
          {unconfigured && <NeedsSettings />}
          {robot.disabled && (
            <Chip tone="muted" icon="pause">
              disabled
            </Chip>
          )}
        </div>
      </div>
      <RobotRunState robotId={robot.id} />
      <Handles />
    </div>
  );
}

export const RobotNode = memo(RobotNodeComponent);
