/**
 * The BPMN process as plain data, before it becomes moddle elements: the compiler builds it, the
 * layout places it, the writer turns it into XML. Keeping it plain keeps each step small and testable.
 */

export type NodeKind =
  | 'startEvent'
  | 'endEvent'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'serviceTask'
  | 'intermediateCatchEvent'
  | 'intermediateThrowEvent'
  | 'boundaryEvent'
  | 'subProcess';

export interface IoParameter {
  source: string;
  target: string;
}

export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  /** Timer catch events. */
  timer?: { kind: 'duration' | 'date'; expression: string };
  /** Message catch events and message start events: the message name. */
  message?: string;
  /** End events that throw the "leave status" escalation of this status id; boundary events that catch it. */
  escalation?: string;
  /** End events that terminate their sub-process (a manual move). */
  terminate?: boolean;
  /** Boundary events: the sub-process they sit on (always interrupting here). */
  attachedTo?: string;
  /** Start events of event sub-processes: false for a non-interrupting start. */
  interrupting?: boolean;
  /** Service tasks. */
  task?: { type: string; headers: [string, string][] };
  outputs?: IoParameter[];
  /** Sub-processes: their content; `triggeredByEvent` for event sub-processes. */
  scope?: Scope;
  triggeredByEvent?: boolean;
  /** Exclusive gateways: the id of the default ("otherwise") flow. */
  defaultFlow?: string;
}

export interface GraphFlow {
  id: string;
  source: string;
  target: string;
  name?: string;
  /** A FEEL condition, written with its leading `=`. */
  condition?: string;
}

export interface Scope {
  nodes: GraphNode[];
  flows: GraphFlow[];
}

export const newScope = (): Scope => ({ nodes: [], flows: [] });

/** BPMN ids are XML names: letters, digits, `_`, `-`, `.`; anything else becomes `_`. */
export function xmlId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** Adds nodes and flows to one scope, with ids unique across the whole process. */
export class ScopeBuilder {
  constructor(
    readonly scope: Scope,
    private readonly ids: Set<string>,
  ) {}

  private unique(id: string): string {
    let candidate = id;
    for (let n = 2; this.ids.has(candidate); n++) candidate = `${id}_${n}`;
    this.ids.add(candidate);
    return candidate;
  }

  node(node: Omit<GraphNode, 'id'> & { id: string }): GraphNode {
    const placed = { ...node, id: this.unique(node.id) };
    this.scope.nodes.push(placed);
    return placed;
  }

  flow(source: GraphNode, target: GraphNode, extra: { name?: string; condition?: string } = {}): GraphFlow {
    const flow: GraphFlow = {
      id: this.unique(`Flow_${source.id}_to_${target.id}`),
      source: source.id,
      target: target.id,
      ...extra,
    };
    this.scope.flows.push(flow);
    return flow;
  }

  /** A builder for a sub-process's content, sharing the id space. */
  child(scope: Scope): ScopeBuilder {
    return new ScopeBuilder(scope, this.ids);
  }
}

/** All nodes of a scope and its nested scopes (depth first). */
export function* allNodes(scope: Scope): Generator<GraphNode> {
  for (const n of scope.nodes) {
    yield n;
    if (n.scope) yield* allNodes(n.scope);
  }
}

/**
 * Zeebe rejects two message subscriptions with the same name in one scope (boundary events of one
 * element, or message starts of the event sub-processes of one sub-process), and bpmnlint does not
 * notice. Returns one sentence per clash; the compiler groups triggers by type so there are none.
 */
export function duplicateMessageNames(scope: Scope, where = 'the process'): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const note = (key: string, name: string, label: string) => {
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(`Message "${name}" is awaited twice in ${label}: ${first} and another event`);
    else seen.set(key, label);
  };
  for (const n of scope.nodes) {
    if (n.kind === 'boundaryEvent' && n.message)
      note(`boundary:${n.attachedTo}:${n.message}`, n.message, `boundary events of ${n.attachedTo}`);
    if (n.kind === 'subProcess' && n.triggeredByEvent && n.scope) {
      const start = n.scope.nodes.find((x) => x.kind === 'startEvent' && x.message);
      if (start?.message) note(`start:${start.message}`, start.message, where);
    }
    if (n.scope) problems.push(...duplicateMessageNames(n.scope, n.name));
  }
  return problems;
}
