import { robotDefinition, triggerDefinition } from '../catalog';
import type { RobotDefinition, SettingField, TriggerDefinition } from '../catalog';
import { catalogTitle } from '../../i18n/catalogText';
import type { Robot, Trigger } from '../flow';
import type { PathSegment } from './jsonPath';
import { robotPath, triggerPath } from './problem';
import type { LintContext } from './types';

/** A robot or trigger with its catalog declaration and its place in the document. */
export type LintNode =
  | { kind: 'robot'; node: Robot; def: RobotDefinition; path: PathSegment[]; name: string }
  | { kind: 'trigger'; node: Trigger; def: TriggerDefinition; path: PathSegment[]; name: string };

// Six rules walk the nodes; on a 5,000-robot flow building the list once per lint run is measurable.
const nodesOf = new WeakMap<LintContext, readonly LintNode[]>();

/** Every robot, then every trigger, in document order (built once per lint context). */
export function lintNodes(ctx: LintContext): readonly LintNode[] {
  let nodes = nodesOf.get(ctx);
  if (!nodes) {
    nodes = buildNodes(ctx);
    nodesOf.set(ctx, nodes);
  }
  return nodes;
}

function buildNodes(ctx: LintContext): LintNode[] {
  return [
    ...ctx.flow.robots.map((node): LintNode => ({
      kind: 'robot',
      node,
      def: robotDefinition(node.type),
      path: robotPath(ctx, node),
      name: ctx.names.robot(node.id),
    })),
    ...ctx.flow.triggers.map((node): LintNode => ({
      kind: 'trigger',
      node,
      def: triggerDefinition(node.type),
      path: triggerPath(ctx, node),
      name: ctx.names.trigger(node.id),
    })),
  ];
}

/** A setting counts only when the form shows it: `visibleWhen` hides e.g. the robocall text in audio mode. */
export function isVisible(field: SettingField, settings: Readonly<Record<string, unknown>>): boolean {
  return !field.visibleWhen || settings[field.visibleWhen.key] === field.visibleWhen.equals;
}

/** Empty as a form sees it: absent, blank text or an empty list. */
export function isEmptySetting(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Every text inside a setting value (lists, maps, {field, value} rows), with its relative path. */
export function textsIn(value: unknown, path: PathSegment[] = []): { text: string; path: PathSegment[] }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textsIn(item, [...path, i]));
  if (value && typeof value === 'object') {
    // Only the `value` of a {field, value} assignment is a template; the field name is not.
    const entries = Object.entries(value).filter(([key]) => !('field' in value && key === 'field'));
    return entries.flatMap(([key, v]) => textsIn(v, [...path, key]));
  }
  return [];
}

/**
 * `Send SMS “SMS with the order number”`, `“Send SMS”`: how a message names a node (no ids), its type's
 * title in the context's language. Russian puts the name first, «SMS с номером заказа» (Отправить SMS), so
 * the sentence can govern it ("Для …", "Условие в …").
 */
export function describeNode(n: LintNode, ctx?: LintContext): string {
  if (!n.node.name?.trim() || n.node.name.trim() === n.def.title) return n.name;
  const title = ctx ? catalogTitle(ctx.translator, n.kind, n.node.type) : n.def.title;
  return ctx ? ctx.t('lint.node.named', { title, name: n.name }) : `${title} ${n.name}`;
}
