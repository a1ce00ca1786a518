import type { Patch } from 'immer';
import type { Condition } from '../condition';
import type { Delay } from '../delay';
import type { Flow, Robot, Status, Trigger, WorkTime } from '../flow';
import type { RobotId, StatusId, TriggerId } from '../ids';
import type { RuleRefusalCode } from '../rules';

/** Editable fields of a robot; `null` removes an optional one (name, condition, disabled). */
export type RobotChanges = {
  type?: Robot['type'];
  name?: string | null;
  delay?: Delay;
  condition?: Condition | null;
  settings?: Robot['settings'];
  disabled?: boolean | null;
};

/** Editable fields of a trigger; `null` removes an optional one. */
export type TriggerChanges = {
  type?: Trigger['type'];
  name?: string | null;
  allowBackward?: boolean;
  condition?: Condition | null;
  executeBy?: string | null;
  settings?: Trigger['settings'];
};

/**
 * A place in a status's list of robots, as the board shows it: stacked cards run one after the other,
 * separate groups start together when the status is entered (in document order, rule 3).
 * - `after`: runs after `previous`; the robot that ran right after `previous` now runs after this one;
 * - `head`: first of the chain that `of` starts; `of` now runs after this one;
 * - `parallel`: a group of its own, before the group that `before` starts (null: the last group).
 */
export type RobotSlot =
  | { kind: 'after'; previous: RobotId }
  | { kind: 'head'; of: RobotId }
  | { kind: 'parallel'; before: RobotId | null };

export type StatusChanges = Partial<Pick<Status, 'name' | 'semantics' | 'color'>>;

/** The design's own settings; a `workTime` of null goes back to the default hours (docs/semantics.md §4 rule 8). */
export type FlowSettingsChanges = { timezone?: string; workTime?: WorkTime | null };

/**
 * Every change to the flow document is one of these (ARCHITECTURE habit 2). `status` and `after` of a
 * robot are not "updates": they change through move and connect/disconnect, which keep the rules.
 */
export type Command =
  | { type: 'robot.add'; robot: Robot; index?: number }
  | { type: 'robot.update'; id: RobotId; changes: RobotChanges }
  | { type: 'robot.move'; id: RobotId; toStatus: StatusId; after?: RobotId | null }
  | { type: 'robot.delete'; id: RobotId }
  /** Puts a robot at a place of a status's list (the same status or another): a board drop. */
  | { type: 'robot.place'; id: RobotId; toStatus: StatusId; slot: RobotSlot }
  | { type: 'trigger.add'; trigger: Trigger; index?: number }
  | { type: 'trigger.update'; id: TriggerId; changes: TriggerChanges }
  | { type: 'trigger.move'; id: TriggerId; toStatus: StatusId }
  | { type: 'trigger.delete'; id: TriggerId }
  /** Puts a trigger into a status's trigger row before `before` (null: last): order decides rule 7's walk. */
  | { type: 'trigger.place'; id: TriggerId; toStatus: StatusId; before: TriggerId | null }
  | { type: 'status.add'; status: Status; index?: number }
  | { type: 'status.update'; id: StatusId; changes: StatusChanges }
  | { type: 'status.move'; id: StatusId; toIndex: number }
  | { type: 'status.reorder'; order: StatusId[] }
  | { type: 'status.delete'; id: StatusId }
  | { type: 'edge.connect'; from: RobotId; to: RobotId }
  | { type: 'edge.disconnect'; to: RobotId }
  | { type: 'flow.rename'; name: string }
  | { type: 'flow.settings'; changes: FlowSettingsChanges }
  | { type: 'layout.setPosition'; id: string; position: { x: number; y: number } | null }
  /** The whole document at once (a valid JSON edit, a confirmed import): one undo step. */
  | { type: 'flow.replace'; flow: Flow }
  /** Several commands as one undo step (a drag that moves a card and places it); all or nothing. */
  | { type: 'batch'; commands: Command[] };

export type CommandType = Command['type'];

export type RefusalCode =
  | RuleRefusalCode
  | 'unknown-trigger'
  | 'unknown-node'
  | 'duplicate-id'
  | 'invalid'
  | 'last-status'
  | 'too-many-statuses'
  | 'bad-order'
  | 'no-previous'
  | 'empty-name'
  | 'duplicate-name';

/** What a command did besides its obvious effect, so the UI can tell the user. */
export interface CommandReport {
  /** Robots and triggers removed with a deleted status. */
  removedRobots: RobotId[];
  removedTriggers: TriggerId[];
  /** Robots whose previous robot changed as a side effect (a chain healed around a removed or moved robot). */
  reattached: RobotId[];
}

export type CommandResult =
  | { ok: true; flow: Flow; patches: Patch[]; inversePatches: Patch[]; report: CommandReport }
  | { ok: false; code: RefusalCode; reason: string };
