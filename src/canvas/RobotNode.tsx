import { memo } from 'react';
import { Handle, Position, useStore } from '@xyflow/react';
import type { NodeProps, ReactFlowState } from '@xyflow/react';
import type { RobotGroup } from '../domain/catalog';
import { useTranslator } from '../i18n/react';
import { Chip, fullText, Icon, LabelledText } from '../ui';
import { namesOf, useDesigner } from '../store';
import { robotSummary } from './labels';
import { NeedsSettings } from './NeedsSettings';
import { RobotPerson, RobotProblems } from './RobotCardMeta';
import { RunReasonLine, RunReasonSentence, useRunReason } from './RunReason';
import { RobotRunState } from './RunState';
import type { RobotNode as RobotNodeType } from './types';

/** Each palette group has its own colour, so a lane's mix of actions reads at a glance. */
const GROUP_TONE: Record<RobotGroup, { tile: string; stripe: string }> = {
  communications: {
    tile: 'bg-sky-50 text-sky-700 dark:bg-sky-950 dark:text-sky-300',
    stripe: 'bg-sky-500',
  },
  order: {
    tile: 'bg-warning-soft text-amber-700 dark:text-amber-300',
    stripe: 'bg-amber-500',
  },
  employees: {
    tile: 'bg-violet-50 text-violet-700 dark:bg-violet-950 dark:text-violet-300',
    stripe: 'bg-violet-500',
  },
};

/**
 * Below this zoom a card's lines (11–14 px) are under 7 px on screen and cannot be read: the card
 * shows its icon and name, large, and costs a fraction of the elements to mount and paint.
 */
export const DETAIL_ZOOM = 0.5;

/**
 * Below this zoom a large design hands React Flow its lanes alone, each drawing its cards as plain
 * rectangles (LaneSketch): card text is under 9 px on screen, and a zoomed-out view of a board of
 * 250-card columns would otherwise mount a hundred cards or more per frame of a zoom.
 */
export const SKETCH_ZOOM = 0.65;
const zoomedOut = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;

/** Handles sit outside the clipped card, so they can overhang its edges and be grabbed whole. */
function Handles() {
  const { t } = useTranslator();
  return (
    <>
      <Handle type="target" position={Position.Top} className="of-handle of-handle-target" />
      <Handle
        type="source"
        position={Position.Bottom}
        className="of-handle of-handle-source"
        title={t('canvas.card.link.hint')}
      />
    </>
  );
}

/**
 * A robot card, dense but legible: icon and name (full name on hover), its type and settings summary
 * on one line, then when it runs, its condition, the person it involves and its problems.
 */
function RobotNodeComponent({ data, selected }: NodeProps<RobotNodeType>) {
  const { robot, look, delay, condition, unconfigured } = data;
  const compact = useStore(zoomedOut);
  const translator = useTranslator();
  const { t } = translator;
  const reason = useRunReason(robot.id);
  const summary = useDesigner((s) => robotSummary(robot, namesOf(s, translator), translator));
  const tone = GROUP_TONE[look.group];
  const name = robot.name ?? look.title;
  // Bitrix24 paints a rule that still needs settings yellow; so do we, until lint's OF101 is satisfied.
  const surface = unconfigured ? 'bg-amber-50 dark:bg-amber-950/60' : 'bg-surface';
  const border = selected
    ? 'border-brand-500 ring-2 ring-brand-500/40'
    : unconfigured
      ? 'border-amber-400 dark:border-amber-600'
      : 'border-border';
  // The type's stripe is a shape of its own, rounded like the card's inside corners, not a strip
  // clipped by them, and the card rests without a shadow: a rounded clip and two blurred shadows per
  // card were a third of what a software-rendered frame of a pan rasterised (README, "Canvas at
  // scale"). A left border in the stripe's colour would cost as much: borders of several colours
  // around rounded corners are drawn side by side, each clipped.
  const frame = `relative flex h-full rounded-lg border ${surface} ${border} ${robot.disabled ? 'opacity-60' : ''}`;
  // Its corners are ellipses as wide as the stripe and as tall as the card's inner radius (7 px):
  // the shape the card's rounded corner used to cut out of it.
  const stripe = (shape: string) => (
    <span aria-hidden className={`absolute inset-y-0 left-0 ${shape} ${tone.stripe}`} />
  );
  if (compact)
    return (
      <div className="relative h-full">
        <div className={`${frame} items-center gap-2.5 pl-4 pr-2`}>
          {stripe('w-1.5 rounded-l-[6px_7px]')}
          <div className={`flex h-11 w-11 shrink-0 items-center justify-center rounded-md ${tone.tile}`}>
            <Icon name={look.icon} size={26} flat={tone.tile} />
          </div>
          <div className="line-clamp-2 min-w-0 flex-1 text-xl font-semibold leading-6 text-fg">{name}</div>
        </div>
        <RobotRunState robotId={robot.id} />
        <RunReasonSentence nodeId={robot.id} reason={reason} />
        <Handles />
      </div>
    );
  const detail = summary ? `${look.title} · ${summary}` : look.title;
  return (
    <div className="relative h-full">
      <div className={`${frame} flex-col pl-1 transition-shadow hover:shadow-md`}>
        {stripe('w-1 rounded-l-[4px_7px]')}
        <div className="flex items-start gap-2 px-2 pt-2">
          <div className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-md ${tone.tile}`}>
            <Icon name={look.icon} size={14} flat={tone.tile} />
          </div>
          <div
            className="line-clamp-2 min-w-0 flex-1 break-words text-[13.5px] font-semibold leading-4 text-fg"
            data-name=""
            {...fullText(name)}
          >
            {name}
          </div>
          <RobotProblems robotId={robot.id} />
        </div>
        {/* While a run is shown, why the robot was not done takes the summary's place. */}
        {reason ? (
          <RunReasonLine reason={reason} className="mt-0.5 px-2 text-[11.5px] leading-4" />
        ) : (
          <p className="mt-0.5 truncate px-2 text-[11.5px] leading-4 text-fg-secondary" {...fullText(detail)}>
            {robot.name ? (
              <LabelledText text={detail} />
            ) : summary ? (
              <LabelledText text={summary} />
            ) : (
              <span className="italic">{t('canvas.card.noSettings')}</span>
            )}
          </p>
        )}
        <div className="mt-auto flex min-w-0 items-center gap-1 px-2 pb-2">
          <Chip tone="time" icon="clock" title={t('canvas.card.runs', { delay })} fixed>
            {delay}
          </Chip>
          {condition && (
            <Chip tone="condition" icon="filter" title={t('canvas.card.condition.hint', { condition })}>
              {t('canvas.card.condition', { condition })}
            </Chip>
          )}
          {unconfigured && <NeedsSettings />}
          {robot.disabled && (
            <Chip tone="muted" icon="pause">
              {t('canvas.card.disabled')}
            </Chip>
          )}
          <RobotPerson robot={robot} />
        </div>
      </div>
      <RobotRunState robotId={robot.id} />
      <RunReasonSentence nodeId={robot.id} reason={reason} />
      <Handles />
    </div>
  );
}

export const RobotNode = memo(RobotNodeComponent);
