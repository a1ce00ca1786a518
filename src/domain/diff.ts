import { catalogFieldLabel } from '../i18n/catalogFields';
import { catalogTitle } from '../i18n/catalogText';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { robotDefinition, triggerDefinition } from './catalog';
import { listing } from './catalog/summary';
import type { Condition } from './condition';
import { deepEqual } from './conditions';
import type { Flow, Robot, Status, Trigger } from './flow';
import type { Namer } from './naming';
import { namer } from './naming';
import { conditionSentence, delayLabel } from './phrases';
import type { Environment, EnvironmentInput } from './scenario';
import type { RobotType, TriggerType } from './types';

/*
 * "What changed" between two revisions of a flow, for people: shown before publishing (against the
 * published revision), in the save-conflict dialog (against the colleague's version), for a
 * revision of the history and before an import replaces the design. Items are matched by id;
 * canvas layout is ignored because it changes nothing the automation does.
 *
 * Everything is said with the names people see on the board (docs/semantics.md §7): statuses,
 * robots and employees by name, settings by their labels, delays and conditions as on the cards.
 * The ids stay in the change's `id`, for the screens' keys, never in its words.
 */

export type ChangeTarget = 'flow' | 'status' | 'robot' | 'trigger';
export type ChangeKind = 'added' | 'removed' | 'modified' | 'moved';

export interface FlowChange {
  kind: ChangeKind;
  target: ChangeTarget;
  /** The item's id (the flow's id for flow-level changes): a key for lists, never shown. */
  id: string;
  /** The item as people name it: `“Send SMS”`, `“Send SMS” (2nd in Paid)`, `“Canceled”`. */
  label: string;
  /** Short phrases, one per changed aspect: `when: after 3 days → after 2 days`. */
  details: string[];
  /** The whole change as one sentence. */
  text: string;
}

export interface DiffOptions {
  /** The language of the words; English by default. */
  t?: Translator;
  /** Reference data, for the names of employees (who executes a trigger). */
  env?: EnvironmentInput | Environment;
}

/** What describing one side of the comparison needs: its names and the language. */
interface Side {
  flow: Flow;
  names: Namer;
}
interface Context {
  before: Side;
  after: Side;
  tr: Translator;
}

function change(
  kind: ChangeKind,
  target: ChangeTarget,
  id: string,
  label: string,
  details: string[],
  { t }: Translator,
): FlowChange {
  const text = t('dialogs.changes.line', {
    target,
    label,
    kind,
    details: details.join('; '),
    detailed: details.length > 0 ? 'yes' : 'no',
  });
  return { kind, target, id, label, details, text };
}

const was = ({ t }: Translator, aspect: string, from: string, to: string) =>
  t('dialogs.changes.detail.was', { aspect, from, to });

function conditionDetail(a: Condition | undefined, b: Condition | undefined, tr: Translator): string[] {
  if (deepEqual(a, b)) return [];
  if (!a) return [tr.t('dialogs.changes.detail.conditionAdded', { condition: conditionSentence(b!, tr) })];
  if (!b) return [tr.t('dialogs.changes.detail.conditionRemoved')];
  return [
    was(tr, tr.t('dialogs.changes.aspect.condition'), conditionSentence(a, tr), conditionSentence(b, tr)),
  ];
}

function nameDetail(a: string | undefined, b: string | undefined, tr: Translator): string[] {
  if ((a ?? '') === (b ?? '')) return [];
  const named = (name: string | undefined) =>
    name ? tr.t('catalog.names.quoted', { text: name }) : tr.t('dialogs.changes.noName');
  return [was(tr, tr.t('dialogs.changes.aspect.name'), named(a), named(b))];
}

/** The labels of the settings that differ, from the catalog's form (a key no form has, as it is). */
function settingsDetail(
  kind: 'robot' | 'trigger',
  type: RobotType | TriggerType,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  tr: Translator,
): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !deepEqual(a[k], b[k]));
  if (keys.length === 0) return [];
  const def = kind === 'robot' ? robotDefinition(type as RobotType) : triggerDefinition(type as TriggerType);
  const fields = (def as typeof def | undefined)?.fields ?? [];
  const labels = keys.map((key) => {
    const field = fields.find((f) => f.key === key);
    return field ? catalogFieldLabel(tr, kind, type, field) : key;
  });
  return [tr.t('dialogs.changes.detail.settings', { settings: listing(labels, tr) })];
}

function typeDetail(kind: 'robot' | 'trigger', a: string, b: string, tr: Translator): string[] {
  if (a === b) return [];
  const title = (type: string) =>
    tr.t('catalog.names.quoted', { text: catalogTitle(tr, kind, type as RobotType & TriggerType) });
  return [was(tr, tr.t('dialogs.changes.aspect.type'), title(a), title(b))];
}

/** "from “Paid” to “Shipped”" when a card changed status. */
function movedDetail(a: Robot | Trigger, b: Robot | Trigger, c: Context): string | undefined {
  if (a.status === b.status) return undefined;
  return c.tr.t('dialogs.changes.detail.movedTo', {
    from: c.before.names.status(a.status, true),
    to: c.after.names.status(b.status, true),
  });
}

/** Added, removed, modified and moved items of one list, in the order of `after`, removed ones last. */
function diffList<T extends { id: string }>(
  c: Context,
  target: ChangeTarget,
  lists: { before: readonly T[]; after: readonly T[] },
  describe: (a: T, b: T) => { moved?: string; details: string[] },
  label: (side: Side, item: T) => string,
): FlowChange[] {
  const old = new Map(lists.before.map((x) => [x.id, x]));
  const kept = new Set(lists.after.map((x) => x.id));
  const out: FlowChange[] = [];
  for (const item of lists.after) {
    const prev = old.get(item.id);
    const name = label(c.after, item);
    if (!prev) {
      out.push(change('added', target, item.id, name, [], c.tr));
      continue;
    }
    const { moved, details } = describe(prev, item);
    if (moved) out.push(change('moved', target, item.id, name, [moved, ...details], c.tr));
    else if (details.length > 0) out.push(change('modified', target, item.id, name, details, c.tr));
  }
  for (const item of lists.before)
    if (!kept.has(item.id)) out.push(change('removed', target, item.id, label(c.before, item), [], c.tr));
  return out;
}

function statusDiff(c: Context): FlowChange[] {
  const { tr } = c;
  const index = (flow: Flow, id: string) => flow.statuses.findIndex((s) => s.id === id);
  const kind = (status: Status) => tr.t(`inspector.status.semantics.${status.semantics}`);
  return diffList<Status>(
    c,
    'status',
    { before: c.before.flow.statuses, after: c.after.flow.statuses },
    (a, b) => {
      const details = [
        ...nameDetail(a.name, b.name, tr),
        ...(a.semantics !== b.semantics
          ? [was(tr, tr.t('dialogs.changes.aspect.kind'), kind(a), kind(b))]
          : []),
        ...(a.color !== b.color ? [tr.t('dialogs.changes.detail.colour')] : []),
      ];
      const [from, to] = [index(c.before.flow, a.id), index(c.after.flow, b.id)];
      const moved =
        from !== to ? tr.t('dialogs.changes.detail.position', { from: from + 1, to: to + 1 }) : undefined;
      return { details, ...(moved ? { moved } : {}) };
    },
    (side, s) => side.names.status(s.id, true),
  );
}

function robotDiff(c: Context): FlowChange[] {
  const { tr } = c;
  const runsAfter = (side: Side, id: string | null) =>
    id === null ? tr.t('dialogs.changes.onEntering') : side.names.robot(id);
  return diffList<Robot>(
    c,
    'robot',
    { before: c.before.flow.robots, after: c.after.flow.robots },
    (a, b) => {
      const details = [
        ...typeDetail('robot', a.type, b.type, tr),
        ...nameDetail(a.name, b.name, tr),
        ...(a.after !== b.after
          ? [
              was(
                tr,
                tr.t('dialogs.changes.aspect.runsAfter'),
                runsAfter(c.before, a.after),
                runsAfter(c.after, b.after),
              ),
            ]
          : []),
        ...(!deepEqual(a.delay, b.delay)
          ? [was(tr, tr.t('dialogs.changes.aspect.when'), delayLabel(a.delay, tr), delayLabel(b.delay, tr))]
          : []),
        ...conditionDetail(a.condition, b.condition, tr),
        ...settingsDetail('robot', b.type, a.settings, b.settings, tr),
        ...(Boolean(a.disabled) !== Boolean(b.disabled)
          ? [tr.t('dialogs.changes.detail.disabled', { disabled: b.disabled ? 'yes' : 'no' })]
          : []),
      ];
      const moved = movedDetail(a, b, c);
      return { details, ...(moved ? { moved } : {}) };
    },
    (side, r) => side.names.robot(r.id),
  );
}

function triggerDiff(c: Context): FlowChange[] {
  const { tr } = c;
  const executor = (side: Side, id: string | undefined) =>
    id ? side.names.employee(id) : tr.t('dialogs.changes.anyone');
  return diffList<Trigger>(
    c,
    'trigger',
    { before: c.before.flow.triggers, after: c.after.flow.triggers },
    (a, b) => {
      const details = [
        ...typeDetail('trigger', a.type, b.type, tr),
        ...nameDetail(a.name, b.name, tr),
        ...(Boolean(a.allowBackward) !== Boolean(b.allowBackward)
          ? [tr.t('dialogs.changes.detail.backward', { allowed: b.allowBackward ? 'yes' : 'no' })]
          : []),
        ...conditionDetail(a.condition, b.condition, tr),
        ...(a.executeBy !== b.executeBy
          ? [
              was(
                tr,
                tr.t('dialogs.changes.aspect.executedBy'),
                executor(c.before, a.executeBy),
                executor(c.after, b.executeBy),
              ),
            ]
          : []),
        ...settingsDetail('trigger', b.type, a.settings, b.settings, tr),
      ];
      const moved = movedDetail(a, b, c);
      return { details, ...(moved ? { moved } : {}) };
    },
    (side, g) => side.names.trigger(g.id),
  );
}

function flowDiff({ before, after, tr }: Context): FlowChange[] {
  const [a, b] = [before.flow, after.flow];
  const details = [
    ...nameDetail(a.name, b.name, tr),
    ...(a.settings.timezone !== b.settings.timezone
      ? [was(tr, tr.t('dialogs.changes.aspect.timezone'), a.settings.timezone, b.settings.timezone)]
      : []),
    ...(!deepEqual(a.settings.workTime, b.settings.workTime)
      ? [tr.t('dialogs.changes.detail.workTime')]
      : []),
  ];
  const label = tr.t('catalog.names.quoted', { text: b.name });
  return details.length ? [change('modified', 'flow', b.id, label, details, tr)] : [];
}

/** What changed from `before` to `after`: flow settings, then statuses, robots and triggers. Pure. */
export function diffFlows(
  before: Flow,
  after: Flow,
  { t = englishTranslator, env }: DiffOptions = {},
): FlowChange[] {
  const context: Context = {
    before: { flow: before, names: namer(before, env, { t }) },
    after: { flow: after, names: namer(after, env, { t }) },
    tr: t,
  };
  return [...flowDiff(context), ...statusDiff(context), ...robotDiff(context), ...triggerDiff(context)];
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
