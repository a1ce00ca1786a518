import type { AnyRobotDefinition } from '../domain/catalog/types';
import { robotDefinition } from '../domain/catalog';
import { conditionSchema } from '../domain/condition';
import type { CompiledCondition } from '../domain/conditions';
import { compileCondition } from '../domain/conditions';
import type { Flow, Robot, Trigger, WorkTime } from '../domain/flow';
import { DEFAULT_WORK_TIME } from '../domain/flow';
import type { RobotType } from '../domain/types';
import { equalityFilters } from '../domain/triggerFilters';

/**
 * A flow prepared for running: robots indexed by status and chain, settings parsed once with their
 * catalog schema, conditions compiled, triggers grouped by event type in pipeline order. Compiling
 * once per flow keeps zod and tree walks off the per-order path (10,000 orders share one compile).
 */

export type DefinitionLookup = (type: RobotType) => AnyRobotDefinition | undefined;

/**
 * A robot's settings as its catalog schema judged them. When the schema rejects them, `raw` keeps
 * the document's settings so the run can still let the effect name the failure docs/semantics.md §3.1 gives (a
 * robocall without `from` fails "Origination number is not specified"); `error` is the plain
 * sentence used when the effect has nothing to say.
 */
export type ParsedSettings =
  { ok: true; value: unknown } | { ok: false; error: string; raw?: Readonly<Record<string, unknown>> };

export interface CompiledRobot {
  readonly id: string;
  readonly robot: Robot;
  readonly def: AnyRobotDefinition | undefined;
  readonly settings: ParsedSettings;
  readonly condition: CompiledCondition | undefined;
  /** Robots whose previous robot is this one, same status, in document order. */
  readonly next: CompiledRobot[];
}

export interface CompiledTrigger {
  readonly trigger: Trigger;
  readonly statusIndex: number;
  readonly condition: CompiledCondition | undefined;
  /** Type-specific settings that must equal the event data's field of the same name. */
  readonly equal: readonly (readonly [string, unknown])[];
  readonly firstOnly: boolean;
  readonly shipment: CompiledCondition | undefined;
}

export interface CompiledFlow {
  readonly flow: Flow;
  readonly zone: string;
  readonly workTime: WorkTime;
  readonly statusIndex: ReadonlyMap<string, number>;
  /** Per status: the robots without a previous robot, in document order. */
  readonly roots: ReadonlyMap<string, readonly CompiledRobot[]>;
  readonly robots: ReadonlyMap<string, CompiledRobot>;
  /** Per event type: its triggers in pipeline order, then document order (docs/semantics.md §4 rule 7, §4.1). */
  readonly triggers: ReadonlyMap<string, readonly CompiledTrigger[]>;
}

const cache = new WeakMap<Flow, CompiledFlow>();

const defaultLookup: DefinitionLookup = (type) => robotDefinition(type) as AnyRobotDefinition | undefined;

/** Compiles a flow (cached per flow object when the catalog's own definitions are used). */
export function compileFlow(flow: Flow, lookup?: DefinitionLookup): CompiledFlow {
  if (lookup) return build(flow, lookup);
  let compiled = cache.get(flow);
  if (!compiled) {
    compiled = build(flow, defaultLookup);
    cache.set(flow, compiled);
  }
  return compiled;
}

function build(flow: Flow, lookup: DefinitionLookup): CompiledFlow {
  const statusIndex = new Map(flow.statuses.map((s, i) => [s.id as string, i]));
  const robots = new Map<string, CompiledRobot>();
  for (const robot of flow.robots) {
    // The first robot with an id wins; lint reports duplicates.
    if (robots.has(robot.id)) continue;
    const def = lookup(robot.type);
    robots.set(robot.id, {
      id: robot.id,
      robot,
      def,
      settings: parseSettings(robot, def),
      condition: robot.condition ? compileCondition(robot.condition) : undefined,
      next: [],
    });
  }
  const roots = new Map<string, CompiledRobot[]>(flow.statuses.map((s) => [s.id as string, []]));
  for (const compiled of robots.values()) {
    const { robot } = compiled;
    if (robot.after === null) {
      roots.get(robot.status)?.push(compiled);
      continue;
    }
    // A previous robot that is missing or on another status never reaches this one (lint reports it).
    const previous = robots.get(robot.after);
    if (previous && previous.robot.status === robot.status) previous.next.push(compiled);
  }
  return {
    flow,
    zone: flow.settings.timezone ?? 'UTC',
    workTime: flow.settings.workTime ?? DEFAULT_WORK_TIME,
    statusIndex,
    roots,
    robots,
    triggers: groupTriggers(flow.triggers, statusIndex),
  };
}

function parseSettings(robot: Robot, def: AnyRobotDefinition | undefined): ParsedSettings {
  if (!def) return { ok: false, error: `Robot type "${robot.type}" is not available` };
  const parsed = def.settingsSchema.safeParse(robot.settings);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    error: settingsMessage(def, robot.settings, parsed.error.issues[0]),
    raw: robot.settings,
  };
}

interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The failure of a robot whose settings the schema rejects, as a user reads it: the setting's label
 * from the catalog form (`Setting "Origination number" is required`), not a JSON path.
 */
export function settingsMessage(
  def: AnyRobotDefinition,
  settings: Readonly<Record<string, unknown>>,
  issue: SchemaIssue | undefined,
): string {
  const message = issue?.message ?? 'invalid value';
  const [key, ...rest] = issue?.path ?? [];
  if (key === undefined) return `Invalid settings: ${message}`;
  const name = String(key);
  const label = def.fields.find((f) => f.key === name)?.label ?? name;
  if (rest.length === 0 && isBlank(settings[name])) return `Setting "${label}" is required`;
  // A nested problem (one row of a list) keeps the rest of its path so the user can find the row.
  const where = rest.length > 0 ? ` (${rest.map(String).join('.')})` : '';
  return `Setting "${label}"${where}: ${message}`;
}

function groupTriggers(triggers: readonly Trigger[], statusIndex: ReadonlyMap<string, number>) {
  const placed = triggers
    .map((trigger, doc) => ({ trigger, doc, statusIndex: statusIndex.get(trigger.status) }))
    .filter((t): t is { trigger: Trigger; doc: number; statusIndex: number } => t.statusIndex !== undefined)
    .sort((a, b) => a.statusIndex - b.statusIndex || a.doc - b.doc);
  const byType = new Map<string, CompiledTrigger[]>();
  for (const { trigger, statusIndex: index } of placed) {
    const s = trigger.settings;
    const equal = equalityFilters(s);
    // An unreadable shipment condition can never hold: such a trigger never fires (lint reports it).
    const shipment =
      s.shipmentCondition === undefined ? undefined : conditionSchema.safeParse(s.shipmentCondition);
    const compiled: CompiledTrigger = {
      trigger,
      statusIndex: index,
      condition: trigger.condition ? compileCondition(trigger.condition) : undefined,
      equal,
      firstOnly: s.firstOnly === true,
      shipment:
        shipment === undefined ? undefined : shipment.success ? compileCondition(shipment.data) : () => false,
    };
    const list = byType.get(trigger.type);
    if (list) list.push(compiled);
    else byType.set(trigger.type, [compiled]);
  }
  return byType;
}
