import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { UiIcon } from '../ui';
import { useDesigner } from '../store';
import { shortName } from './mapping';
import type { Marker } from './layout';
import { SIZES } from './layout';
import { DETAIL_ZOOM } from './RobotNode';

const zoomedOut = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;

function BranchLabel({ after }: { after: string }) {
  const name = useDesigner((s) => {
    const robot = s.flow.robots.find((r) => r.id === after);
    return robot ? shortName(robot) : '';
  });
  return <>Also after “{name}”</>;
}

/**
 * The rows that say how a lane's robots start: "When the status is entered" over each group (the
 * robots of separate groups start together), "Also after …" over each branch of a fan-out. Stacked
 * and linked cards read as a sequence; a new marker means a new start. Not drawn when zoomed out.
 */
export function LaneMarkers({ markers }: { markers: readonly Marker[] }) {
  // Unreadable when zoomed out, and a tall lane of a large design holds hundreds of them.
  const hidden = useStore(zoomedOut);
  if (hidden) return null;
  return (
    <>
      {markers.map((m) => (
        <div
          key={`${m.kind}:${m.first}`}
          className="of-marker absolute flex items-center gap-1.5 truncate text-[11px] font-medium text-slate-500 dark:text-slate-400"
          style={{ top: m.y, left: SIZES.cardX, width: SIZES.cardWidth, height: SIZES.marker }}
        >
          <UiIcon name={m.kind === 'start' ? 'enter' : 'branch'} size={12} className="shrink-0" />
          <span className="truncate">
            {m.kind === 'start' ? 'When the status is entered' : <BranchLabel after={m.after} />}
          </span>
        </div>
      ))}
    </>
  );
}
