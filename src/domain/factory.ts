import { robotDefinition, triggerDefinition, webhookCodeSetting } from './catalog';
import type { SettingField } from './catalog';
import type { Flow, Robot, Trigger } from './flow';
import type { StatusId } from './ids';
import { mintId, robotId, triggerId } from './ids';
import { isEmptySetting, isVisible } from './lint/nodes';
import type { RobotType, TriggerType } from './types';

/*
 * What the palette places: a fresh robot or trigger with the catalog's draft settings. Pure and
 * deterministic (no clock, no randomness), so the same flow and type always give the same node — the
 * commands' undo/redo and the tests rely on that.
 */

/** The definition's defaults, deep-copied so that editing the node can never mutate the catalog. */
function draftSettings(defaults: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return structuredClone(defaults) as Record<string, unknown>;
}

/** A new robot of `type` on a status: immediate, in parallel, with the catalog's draft settings. */
export function createRobot(flow: Flow, type: RobotType, statusId: StatusId): Robot {
  return {
    id: robotId(mintId(flow, type)),
    type,
    status: statusId,
    // In parallel, not after the lane's last robot: Bitrix24 adds a rule with "Execution: in parallel"
    // and the user opts into a chain by choosing "after previous" (an edge on our canvas).
    after: null,
    delay: { type: 'immediate' },
    settings: draftSettings(robotDefinition(type).defaults),
  };
}

/** A new trigger of `type` on a status; a webhook gets its code at once, as Bitrix24 shows the URL at once. */
export function createTrigger(flow: Flow, type: TriggerType, statusId: StatusId): Trigger {
  const id = mintId(flow, type);
  const settings = draftSettings(triggerDefinition(type).defaults);
  const codeKey = webhookCodeSetting(type);
  if (codeKey !== undefined) settings[codeKey] = webhookCode(flow, id);
  return { id: triggerId(id), type, status: statusId, allowBackward: false, settings };
}

/** 32-bit FNV-1a: a tiny, stable hash; a webhook code only has to look opaque and differ per trigger. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A code derived from the flow id and the trigger id (the core may not use randomness). Two hashes
 * give 12 characters; a clash with another webhook of the flow, however unlikely, is salted away.
 */
export function webhookCode(flow: Flow, id: string): string {
  const used = new Set(
    flow.triggers.map((t) => {
      const key = webhookCodeSetting(t.type);
      return key === undefined ? undefined : t.settings[key];
    }),
  );
  for (let salt = 0; ; salt++) {
    const seed = `${flow.id}/${id}/${salt}`;
    const part = (n: number) => n.toString(36).padStart(7, '0').slice(-6);
    const code = `${part(fnv1a(seed))}${part(fnv1a(`${seed}#`))}`;
    if (!used.has(code)) return code;
  }
}

function fieldsOf(node: Robot | Trigger): readonly SettingField[] {
  // Robots and triggers differ in shape ('delay' only on robots); their type literals never overlap.
  return 'delay' in node ? robotDefinition(node.type).fields : triggerDefinition(node.type).fields;
}

/** Keys of required settings that are shown (visibleWhen) and still empty — as lint's OF101 judges them. */
export function missingSettings(node: Robot | Trigger): string[] {
  return fieldsOf(node)
    .filter((f) => f.required && isVisible(f, node.settings) && isEmptySetting(node.settings[f.key]))
    .map((f) => f.key);
}

/** True while a required setting is missing: the canvas highlights such a node, as Bitrix24 does in yellow. */
export function isUnconfigured(node: Robot | Trigger): boolean {
  return missingSettings(node).length > 0;
}
