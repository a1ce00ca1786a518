import type { ComponentType } from 'react';
import type { RobotCoverage, RobotState, TriggerCoverage } from '../domain/simulation';
import { useDesigner } from '../store';
import { lazyPart } from '../ui/lazyPart';
import { LoadPart } from '../ui/LoadPart';

/*
 * A card's or a lane's state in the simulation shown, read from the store here (every card reads
 * it, in every session); drawn by RunStateViews.tsx, which is not in the first load: outside a run
 * nothing is drawn, and a run comes after the simulator's own code has loaded.
 */

export interface RobotRunStateProps {
  robotId: string;
  state: RobotState | undefined;
  coverage: RobotCoverage | undefined;
  /** The explanation's sentence (the Run tab's words) naming why; the pill keeps its one word. */
  why: string | undefined;
}
export interface TriggerRunStateProps {
  fired: number | undefined;
  batch: TriggerCoverage | undefined;
}
export interface LaneRunStateProps {
  current: boolean;
  reached: number | undefined;
  runs: number;
}

const views = () => import('./RunStateViews');
const RobotView = lazyPart(() => views().then((m) => m.RobotRunStateView));
const TriggerView = lazyPart(() => views().then((m) => m.TriggerRunStateView));
const LaneView = lazyPart(() => views().then((m) => m.LaneRunStateView));
/** For the idle-time preload (app/lazyParts.ts). */
export const runStateParts = [RobotView, TriggerView, LaneView];

/** A view still loading, or whose code could not be fetched, draws nothing; the card stays usable. */
function Drawn<P extends object>({ view: View, props }: { view: ComponentType<P>; props: P }) {
  return (
    <LoadPart what="the simulation's overlay" kind="overlay">
      <View {...props} />
    </LoadPart>
  );
}

export function RobotRunState({ robotId }: { robotId: string }) {
  const state = useDesigner((s) => s.simulation.nodeStates?.robots[robotId]);
  const coverage = useDesigner((s) =>
    s.simulation.nodeStates ? undefined : s.simulation.coverage?.robots[robotId],
  );
  const why = useDesigner((s) => s.simulation.nodeStates?.reasons?.[robotId]?.full);
  if (state ? state.state === 'idle' : !coverage) return null;
  return <Drawn view={RobotView} props={{ robotId, state, coverage, why }} />;
}

export function TriggerRunState({ triggerId }: { triggerId: string }) {
  const fired = useDesigner((s) => s.simulation.nodeStates?.triggers[triggerId]?.fired);
  const batch = useDesigner((s) =>
    s.simulation.nodeStates ? undefined : s.simulation.coverage?.triggers[triggerId],
  );
  if (fired === 0 || (fired === undefined && !batch)) return null;
  return <Drawn view={TriggerView} props={{ fired, batch }} />;
}

export function LaneRunState({ statusId }: { statusId: string }) {
  const current = useDesigner((s) => s.simulation.nodeStates?.status === statusId);
  const reached = useDesigner((s) =>
    s.simulation.nodeStates ? undefined : s.simulation.coverage?.statuses[statusId],
  );
  const runs = useDesigner((s) => s.simulation.coverage?.runs ?? 0);
  if (!current && reached === undefined) return null;
  return <Drawn view={LaneView} props={{ current, reached, runs }} />;
}
