import { robotDefinition, triggerDefinition } from '../../domain/catalog';
import type { SettingField } from '../../domain/catalog';
import type { Flow } from '../../domain/flow';
import type { LintProblem } from '../../domain/lint';
import { localizedFields } from '../../i18n/catalogFields';
import { catalogTitle } from '../../i18n/catalogText';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/** Where a problem sits, in the words of the designer, plus what the app needs to reveal it. */
export interface ProblemLocation {
  kind: 'robot' | 'trigger' | 'status' | 'flow';
  /** The robot, trigger or status id; absent for the flow itself or an index the flow no longer has. */
  nodeId?: string;
  /** The node's name, else its catalog title (robots, triggers) or status name. */
  nodeLabel: string;
  /** The catalog title, when `nodeLabel` is the user's own name for the node. */
  typeTitle?: string;
  /** The part of the node: settings, delay, condition, after, status, name, … */
  part?: string;
  /** The setting key under `settings`, for the inspector to focus (e.g. `text`). */
  settingKey?: string;
  /** How the inspector labels that part or setting ("Subject", "Run", "Condition"). */
  fieldLabel?: string;
}

/** `$.robots[3].settings["a b"]` → ['robots', 3, 'settings', 'a b']: the inverse of lint's jsonPath. */
export function parseJsonPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const token = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let m: RegExpExecArray | null;
  token.lastIndex = path.startsWith('$') ? 1 : 0;
  while ((m = token.exec(path))) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]!) as string);
  }
  return out;
}

type Key = Parameters<Translator['t']>[0];

/** A node's own parts, as the inspector labels them ("Run", "Condition"): `lint.where.part.<part>`. */
export const NODE_PARTS: ReadonlySet<string> = new Set([
  'id',
  'type',
  'name',
  'status',
  'after',
  'delay',
  'condition',
  'disabled',
  'allowBackward',
  'executeBy',
  'semantics',
  'color',
]);

/** The flow's own parts: `lint.where.flow.<key>`. */
const FLOW_PARTS = new Set(['name', 'settings', 'timezone', 'workTime', 'statuses']);

function partOf(
  rest: readonly (string | number)[],
  fields: readonly SettingField[],
  translator: Translator,
): Pick<ProblemLocation, 'part' | 'settingKey' | 'fieldLabel'> {
  const [part, key] = rest;
  if (typeof part !== 'string') return {};
  if (part === 'settings' && typeof key === 'string') {
    return { part, settingKey: key, fieldLabel: fields.find((f) => f.key === key)?.label ?? key };
  }
  return { part, fieldLabel: NODE_PARTS.has(part) ? translator.t(`lint.where.part.${part}` as Key) : part };
}

/** Resolves a problem's JSON path against the flow: which node, which part, which setting. */
export function locateProblem(
  flow: Flow,
  problem: Pick<LintProblem, 'path'>,
  translator: Translator = englishTranslator,
): ProblemLocation {
  const { t } = translator;
  const [section, index, ...rest] = parseJsonPath(problem.path);
  if (section === 'robots' && typeof index === 'number') {
    const robot = flow.robots[index];
    if (!robot) return { kind: 'robot', nodeLabel: t('lint.where.robotAt', { position: index + 1 }) };
    const def = robotDefinition(robot.type);
    const title = catalogTitle(translator, 'robot', robot.type);
    return {
      kind: 'robot',
      nodeId: robot.id,
      nodeLabel: robot.name || title,
      ...(robot.name ? { typeTitle: title } : {}),
      ...partOf(rest, localizedFields(translator, 'robot', robot.type, def.fields), translator),
    };
  }
  if (section === 'triggers' && typeof index === 'number') {
    const trigger = flow.triggers[index];
    if (!trigger) return { kind: 'trigger', nodeLabel: t('lint.where.triggerAt', { position: index + 1 }) };
    const def = triggerDefinition(trigger.type);
    const title = catalogTitle(translator, 'trigger', trigger.type);
    return {
      kind: 'trigger',
      nodeId: trigger.id,
      nodeLabel: trigger.name || title,
      ...(trigger.name ? { typeTitle: title } : {}),
      ...partOf(rest, localizedFields(translator, 'trigger', trigger.type, def.fields), translator),
    };
  }
  if (section === 'statuses' && typeof index === 'number') {
    const status = flow.statuses[index];
    if (!status) return { kind: 'status', nodeLabel: t('lint.where.statusAt', { position: index + 1 }) };
    return {
      kind: 'status',
      nodeId: status.id,
      nodeLabel: status.name || t('lint.where.unnamedStatus'),
      ...partOf(rest, [], translator),
    };
  }
  // Flow-level: `$.name`, `$.settings.timezone`, or the document itself.
  const last = [section, index, ...rest].filter((s): s is string => typeof s === 'string').at(-1);
  return {
    kind: 'flow',
    nodeLabel: flow.name || t('lint.where.flow'),
    ...(typeof section === 'string' ? { part: section } : {}),
    ...(last ? { fieldLabel: FLOW_PARTS.has(last) ? t(`lint.where.flow.${last}` as Key) : last } : {}),
  };
}
