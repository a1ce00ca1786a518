import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { robotDefinition, triggerDefinition } from './catalog';
import { plural } from './catalog/summary';
import type { Condition } from './condition';
import { isLeaf } from './condition';
import { deepEqual } from './conditions';
import type { Delay } from './delay';
import type { Flow, Robot, Status, Trigger } from './flow';

/*
 * "What changed" between two revisions of a flow, for people: shown before publishing (against the
 * published revision) and in the save-conflict dialog (against the colleague's version). Items are
 * matched by id; canvas layout is ignored because it changes nothing the automation does.
 */

export type ChangeTarget = 'flow' | 'status' | 'robot' | 'trigger';
export type ChangeKind = 'added' | 'removed' | 'modified' | 'moved';

export interface FlowChange {
  kind: ChangeKind;
  target: ChangeTarget;
  /** The item's id (the flow's id for flow-level changes). */
  id: string;
  /** How the item is named for people: its name and id. */
  label: string;
  /** Short phrases, one per changed aspect: `delay: after 2 days → after 3 days`. */
  details: string[];
  /** The whole change as one sentence. */
  text: string;
}

const NOUN: Record<ChangeTarget, string> = {
  flow: 'Flow',
  status: 'Status',
  robot: 'Robot',
  trigger: 'Trigger',
};
const VERB: Record<ChangeKind, string> = {
  added: 'added',
  removed: 'removed',
  modified: 'changed',
  moved: 'moved',
};

function change(
  kind: ChangeKind,
  target: ChangeTarget,
  id: string,
  label: string,
  details: string[] = [],
): FlowChange {
  const text = `${NOUN[target]} ${label} ${VERB[kind]}${details.length ? `: ${details.join('; ')}` : ''}.`;
  return { kind, target, id, label, details, text };
}

function delayText(delay: Delay): string {
  const base = (() => {
    switch (delay.type) {
      case 'immediate':
        return 'immediately';
      case 'after':
        return delay.basis
          ? `${plural(delay.value, delay.unit)} after ${delay.basis}`
          : `after ${plural(delay.value, delay.unit)}`;
      case 'before':
        return `${plural(delay.value, delay.unit)} before ${delay.basis}`;
      case 'at':
        return `at ${delay.basis}${delay.time ? `, ${delay.time}` : ''}`;
    }
  })();
  return delay.workTime ? `${base}, in working hours` : base;
}

/** A condition on one line: `order.paid eq false and (…)`. */
export function conditionText(c: Condition | undefined): string {
  if (!c) return 'none';
  if (isLeaf(c)) return `${c.field} ${c.op}${c.value === undefined ? '' : ` ${JSON.stringify(c.value)}`}`;
  if ('all' in c)
    return c.all.map((x) => (isLeaf(x) ? conditionText(x) : `(${conditionText(x)})`)).join(' and ');
  if ('any' in c)
    return c.any.map((x) => (isLeaf(x) ? conditionText(x) : `(${conditionText(x)})`)).join(' or ');
  return `not (${conditionText(c.not)})`;
}

const quoted = (text: string) => `"${text}"`;
const statusName = (flow: Flow, id: string) => {
  const s = flow.statuses.find((x) => x.id === id);
  return s ? quoted(s.name) : quoted(id);
};

function nodeLabel(node: Robot | Trigger, kind: 'robot' | 'trigger'): string {
  const title =
    kind === 'robot'
      ? robotDefinition((node as Robot).type).title
      : triggerDefinition((node as Trigger).type).title;
  return `${quoted(node.name ?? title)} (${node.id})`;
}

/** The labels of the settings that differ, from the catalog's form (unknown keys by their key). */
function settingsDetail(
  kind: 'robot' | 'trigger',
  node: Robot | Trigger,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
) {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !deepEqual(a[k], b[k]));
  if (keys.length === 0) return [];
  const fields =
    kind === 'robot'
      ? robotDefinition((node as Robot).type).fields
      : triggerDefinition((node as Trigger).type).fields;
  const names = keys.map((k) => fields.find((f) => f.key === k)?.label ?? k);
  return [`settings: ${names.join(', ')}`];
}

function conditionDetail(a: Condition | undefined, b: Condition | undefined): string[] {
  if (deepEqual(a, b)) return [];
  if (!a) return [`condition added: ${conditionText(b)}`];
  if (!b) return ['condition removed'];
  return [`condition: ${conditionText(a)} → ${conditionText(b)}`];
}

const nameDetail = (a: string | undefined, b: string | undefined) =>
  a === b ? [] : [`name: ${a ? quoted(a) : '(none)'} → ${b ? quoted(b) : '(none)'}`];

/** Added, removed, modified and moved items of one list, in the order of `after`, removed ones last. */
function diffList<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  describe: (a: T, b: T) => { moved?: string; details: string[] },
  target: ChangeTarget,
  label: (item: T) => string,
): FlowChange[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const kept = new Set(after.map((x) => x.id));
  const out: FlowChange[] = [];
  for (const item of after) {
    const prev = old.get(item.id);
    if (!prev) {
      out.push(change('added', target, item.id, label(item)));
      continue;
    }
    const { moved, details } = describe(prev, item);
    if (moved) out.push(change('moved', target, item.id, label(item), [moved, ...details]));
    else if (details.length > 0) out.push(change('modified', target, item.id, label(item), details));
  }
  for (const item of before)
    if (!kept.has(item.id)) out.push(change('removed', target, item.id, label(item)));
  return out;
}

function statusDiff(before: Flow, after: Flow): FlowChange[] {
  const index = (flow: Flow, id: string) => flow.statuses.findIndex((s) => s.id === id);
  return diffList<Status>(
    before.statuses,
    after.statuses,
    (a, b) => {
      const details = [
        ...nameDetail(a.name, b.name),
        ...(a.semantics !== b.semantics ? [`kind: ${a.semantics} → ${b.semantics}`] : []),
        ...(a.color !== b.color ? [`colour: ${a.color} → ${b.color}`] : []),
      ];
      const [from, to] = [index(before, a.id), index(after, b.id)];
      return { details, ...(from !== to ? { moved: `position ${from + 1} → ${to + 1}` } : {}) };
    },
    'status',
    (s) => `${quoted(s.name)} (${s.id})`,
  );
}

function robotDiff(before: Flow, after: Flow): FlowChange[] {
  const robotName = (flow: Flow, id: string | null) => {
    const r = id === null ? undefined : flow.robots.find((x) => x.id === id);
    return id === null ? 'nothing (runs on entering the status)' : r ? nodeLabel(r, 'robot') : quoted(id);
  };
  return diffList<Robot>(
    before.robots,
    after.robots,
    (a, b) => {
      const details = [
        ...(a.type !== b.type ? [`type: ${a.type} → ${b.type}`] : []),
        ...nameDetail(a.name, b.name),
        ...(a.after !== b.after
          ? [`runs after: ${robotName(before, a.after)} → ${robotName(after, b.after)}`]
          : []),
        ...(!deepEqual(a.delay, b.delay) ? [`delay: ${delayText(a.delay)} → ${delayText(b.delay)}`] : []),
        ...conditionDetail(a.condition, b.condition),
        ...settingsDetail('robot', b, a.settings, b.settings),
        ...(Boolean(a.disabled) !== Boolean(b.disabled) ? [b.disabled ? 'disabled' : 'enabled'] : []),
      ];
      const moved =
        a.status !== b.status
          ? `from ${statusName(before, a.status)} to ${statusName(after, b.status)}`
          : undefined;
      return { details, ...(moved ? { moved } : {}) };
    },
    'robot',
    (r) => nodeLabel(r, 'robot'),
  );
}

function triggerDiff(before: Flow, after: Flow): FlowChange[] {
  return diffList<Trigger>(
    before.triggers,
    after.triggers,
    (a, b) => {
      const details = [
        ...(a.type !== b.type ? [`type: ${a.type} → ${b.type}`] : []),
        ...nameDetail(a.name, b.name),
        ...(a.allowBackward !== b.allowBackward
          ? [b.allowBackward ? 'may now move backwards' : 'no longer moves backwards']
          : []),
        ...conditionDetail(a.condition, b.condition),
        ...(a.executeBy !== b.executeBy
          ? [`executed by: ${a.executeBy ?? '(anyone)'} → ${b.executeBy ?? '(anyone)'}`]
          : []),
        ...settingsDetail('trigger', b, a.settings, b.settings),
      ];
      const moved =
        a.status !== b.status
          ? `from ${statusName(before, a.status)} to ${statusName(after, b.status)}`
          : undefined;
      return { details, ...(moved ? { moved } : {}) };
    },
    'trigger',
    (t) => nodeLabel(t, 'trigger'),
  );
}

function flowDiff(before: Flow, after: Flow): FlowChange[] {
  const details = [
    ...nameDetail(before.name, after.name),
    ...(before.settings.timezone !== after.settings.timezone
      ? [`time zone: ${before.settings.timezone} → ${after.settings.timezone}`]
      : []),
    ...(!deepEqual(before.settings.workTime, after.settings.workTime) ? ['working hours'] : []),
  ];
  return details.length ? [change('modified', 'flow', after.id, quoted(after.name), details)] : [];
}

/** What changed from `before` to `after`: flow settings, then statuses, robots and triggers. Pure. */
export function diffFlows(before: Flow, after: Flow): FlowChange[] {
  return [
    ...flowDiff(before, after),
    ...statusDiff(before, after),
    ...robotDiff(before, after),
    ...triggerDiff(before, after),
  ];
}

/** "2 added, 1 changed" or "No changes": a headline for a list of changes, in the translator's language. */
export function summarizeChanges(
  changes: readonly FlowChange[],
  { t }: Translator = englishTranslator,
): string {
  if (changes.length === 0) return t('dialogs.changes.none');
  const counts = new Map<ChangeKind, number>();
  for (const c of changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return (['added', 'removed', 'modified', 'moved'] as const)
    .filter((k) => counts.has(k))
    .map((k) => t('dialogs.changes.count', { count: counts.get(k)!, kind: k }))
    .join(', ');
}
