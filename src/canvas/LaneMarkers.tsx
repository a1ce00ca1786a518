import { createContext, useContext } from 'react';
import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import type { Robot } from '../domain/flow';
import { useTranslator } from '../i18n/react';
import { UiIcon } from '../ui';
import { useDesigner } from '../store';
import { shortName } from './mapping';
import { sharedValue, useSharedValue } from './sharedValue';
import type { Marker } from './layout';
import { SIZES } from './layout';
import { DETAIL_ZOOM } from './RobotNode';

const zoomedOut = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;

/**
 * The rows of the board a large design draws (the canvas's window, see viewportWindow.ts): a lane
 * of a large design holds hundreds of markers, and only those near the view are drawn, as only the
 * cards near it are. Null: draw them all.
 */
export const MarkerWindowContext = createContext(sharedValue<{ top: number; bottom: number } | null>(null));

/*
 * Robots by id, once per version of the robot list: each branch label reads its card's name on
 * every change of the store (a click, a keystroke, a step of a pan), and searching thousands of
 * robots for each label every time added up in a large design.
 */
const robotsById = new WeakMap<readonly Robot[], ReadonlyMap<string, Robot>>();
function robotWithId(robots: readonly Robot[], id: string): Robot | undefined {
  let byId = robotsById.get(robots);
  if (!byId) {
    const map = new Map<string, Robot>();
    // The first robot of an id, as a search would find it (a broken document may repeat ids).
    for (const r of robots) if (!map.has(r.id)) map.set(r.id, r);
    robotsById.set(robots, map);
    byId = map;
  }
  return byId.get(id);
}

function BranchLabel({ after }: { after: string }) {
  const translator = useTranslator();
  const name = useDesigner((s) => {
    const robot = robotWithId(s.flow.robots, after);
    return robot ? shortName(robot, translator) : '';
  });
  return <>{translator.t('canvas.marker.branch', { name })}</>;
}

/**
 * The rows that say how a lane's robots start: "When the status is entered" over each group (the
 * robots of separate groups start together), "Also after …" over each branch of a fan-out. Stacked
 * and linked cards read as a sequence; a new marker means a new start. Not drawn when zoomed out.
 */
export function LaneMarkers({ markers }: { markers: readonly Marker[] }) {
  // Unreadable when zoomed out, and a tall lane of a large design holds hundreds of them.
  const hidden = useStore(zoomedOut);
  const rows = useSharedValue(useContext(MarkerWindowContext));
  const { t } = useTranslator();
  if (hidden) return null;
  const shown = rows === null ? markers : markers.filter((m) => m.y >= rows.top && m.y <= rows.bottom);
  return (
    <>
      {shown.map((m) => (
        <div
          key={`${m.kind}:${m.first}`}
          className="of-marker absolute flex items-center gap-1.5 truncate text-[11px] font-medium text-fg-muted"
          style={{ top: m.y, left: SIZES.cardX, width: SIZES.cardWidth, height: SIZES.marker }}
        >
          <UiIcon name={m.kind === 'start' ? 'enter' : 'branch'} size={12} flat="text-fg-muted" />
          <span className="truncate">
            {m.kind === 'start' ? t('canvas.marker.start') : <BranchLabel after={m.after} />}
          </span>
        </div>
      ))}
    </>
  );
}
