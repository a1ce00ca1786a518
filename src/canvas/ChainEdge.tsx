import { memo } from 'react';
import { BaseEdge } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { useTranslator } from '../i18n/react';
import { SIZES } from './layout';

/** How far React Flow's handle points lie outside the card: the source dot below, the target strip above. */
const SOURCE_OVERHANG = 7;
const TARGET_OVERHANG = 4;
/** The column's left edge, where links that skip cards run: half way between lane and card edge. */
const GUTTER = SIZES.cardX / 2;

/**
 * An "after previous" link on the board. A follower right under its card is a short arrow with
 * "then" beside it; any other link (a fan-out's branch, a chain of a broken import) runs down the
 * column's left edge and enters the card from the side, so it never crosses the cards between.
 */
function ChainEdgeComponent({ id, markerEnd, style, ...at }: EdgeProps) {
  const { t } = useTranslator();
  const sourceX = Math.round(at.sourceX);
  const sourceY = Math.round(at.sourceY);
  const targetX = Math.round(at.targetX);
  const targetY = Math.round(at.targetY);
  const bottom = sourceY - SOURCE_OVERHANG;
  const top = targetY + TARGET_OVERHANG;
  const direct = Math.abs(sourceX - targetX) < 1 && top > bottom && top - bottom <= SIZES.thenGap + 1;
  if (direct)
    return (
      <>
        <BaseEdge
          id={id}
          path={`M${sourceX},${bottom} L${targetX},${top - 1}`}
          markerEnd={markerEnd}
          style={style}
        />
        <text x={sourceX + 8} y={(bottom + top) / 2 + 4} className="of-edge-then">
          {t('canvas.edge.then')}
        </text>
      </>
    );
  const left = Math.min(sourceX, targetX) - SIZES.cardWidth / 2;
  const gutter = left - (SIZES.cardX - GUTTER);
  const middle = top + SIZES.cardHeight / 2;
  const below = bottom + 5;
  const path = `M${sourceX},${bottom} L${sourceX},${below} L${gutter + 4},${below} Q${gutter},${below} ${gutter},${below + 4} L${gutter},${middle - 4} Q${gutter},${middle} ${gutter + 4},${middle} L${left - 1},${middle}`;
  return <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={10} />;
}

const POINTS = ['sourceX', 'sourceY', 'targetX', 'targetY'] as const;

/*
 * The board lays cards out in whole pixels; React Flow measures a card that comes into view
 * (getBoundingClientRect at the current zoom, divided by it) and its link's ends move by fractions
 * of a pixel — 1529 → 1529.0000774 at 82% — so every link of a column entering a pan's view was
 * drawn and painted again in the next frame. Links are drawn from whole pixels, and a change
 * below half a pixel is no change.
 */
function samePlace(before: EdgeProps, after: EdgeProps): boolean {
  const keys = Object.keys(after) as (keyof EdgeProps)[];
  if (keys.length !== Object.keys(before).length) return false;
  return keys.every((key) =>
    (POINTS as readonly string[]).includes(key)
      ? Math.round(before[key] as number) === Math.round(after[key] as number)
      : before[key] === after[key],
  );
}

export const ChainEdge = memo(ChainEdgeComponent, samePlace);
