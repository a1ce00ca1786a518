import { moveTargetOf } from '../../domain/catalog';
import { fieldLabel } from '../../domain/fields';
import { namer, robotTitle } from '../../domain/naming';
import type { Namer } from '../../domain/naming';
import { delayLabel } from '../../domain/phrases';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Flow, Robot, Status } from '../../domain/flow';
import { basisInstant, conditionToFeel, delayTimer, feelString } from './feel';
import type { GraphNode, Scope } from './graph';
import { ScopeBuilder, duplicateMessageNames, newScope, xmlId } from './graph';
import { RUN_TIME_TASK, SET_STATUS_MESSAGE, robotTaskType, runAtVariable } from './names';
import { compileTriggerType, triggerCandidates } from './triggers';
import type { BpmnExportWarning } from './types';

/**
 * Flow → BPMN graph (docs/semantics.md §4 in BPMN terms):
 * - the process routes the order by the `status` variable to one embedded sub-process per status;
 * - entering a status starts its sub-process: each robot without a previous robot starts a parallel
 *   branch; a branch is [timer] → [condition gateway with a default "skip" flow] → service task, and
 *   forks to the robots that run after it; each branch ends with its own end event;
 * - a trigger or a robot that moves the order sets `status` and throws the escalation "leave
 *   status", caught by an interrupting boundary event on the sub-process; a manual move (message
 *   `orderflow.setStatus` carrying `status`) ends the sub-process with a terminate end event. Either
 *   way leaving cancels whatever is pending there (rule 6) and the router enters the next status;
 * - triggers: per status and trigger type that could fire there, a non-interrupting message event
 *   sub-process (correlated by `orderId`) whose gateway walks the candidate triggers in pipeline
 *   order (rule 7). Non-interrupting, because an event that fires no trigger must not cancel anything.
 */

export interface CompiledProcess {
  processId: string;
  name: string;
  root: Scope;
  warnings: BpmnExportWarning[];
}

/**
 * Element names are for people reading the diagram: the names people gave statuses and robots (or
 * the catalog's titles), never ids or field paths, and the export's own words in `translator`'s
 * language. Ids, task types, headers and expressions stay the same in every language.
 */
export function compileProcess(flow: Flow, translator: Translator = englishTranslator): CompiledProcess {
  const { t } = translator;
  const names = namer(flow, undefined, { t: translator });
  const warnings: BpmnExportWarning[] = [];
  const root = newScope();
  const b = new ScopeBuilder(root, new Set());
  const zone = flow.settings.timezone ?? 'UTC';

  const start = b.node({ id: 'Start_order', kind: 'startEvent', name: t('io.bpmn.orderPlaced') });
  const merge = b.node({ id: 'Gateway_route', kind: 'exclusiveGateway', name: t('io.bpmn.route') });
  const router = b.node({ id: 'Gateway_status', kind: 'exclusiveGateway', name: t('io.bpmn.whichStatus') });
  const closed = b.node({ id: 'End_closed', kind: 'endEvent', name: t('io.bpmn.orderClosed') });
  b.flow(start, merge);
  b.flow(merge, router);

  const ctx: StatusContext = { flow, zone, warnings, names, translator };
  for (const status of flow.statuses) {
    const sub = compileStatus(b, status, ctx);
    const label = names.status(status.id);
    b.flow(router, sub, { name: label, condition: `=status = ${feelString(status.id)}` });
    const leave = b.node({
      id: xmlId('Leave', status.id),
      kind: 'boundaryEvent',
      name: t('io.bpmn.orderLeaves', { status: label }),
      attachedTo: sub.id,
      escalation: status.id,
    });
    b.flow(leave, merge);
    b.flow(sub, merge);
  }
  router.defaultFlow = b.flow(router, closed, { name: t('io.bpmn.noSuchStatus') }).id;

  for (const problem of duplicateMessageNames(root)) {
    // A defect of this compiler, not of the flow: Zeebe would refuse the file.
    throw new Error(problem);
  }
  return { processId: xmlId('Orderflow', flow.id), name: flow.name || flow.id, root, warnings };
}

interface StatusContext {
  flow: Flow;
  zone: string;
  warnings: BpmnExportWarning[];
  names: Namer;
  translator: Translator;
}

function compileStatus(parent: ScopeBuilder, status: Status, ctx: StatusContext): GraphNode {
  const { t } = ctx.translator;
  const scope = newScope();
  const label = ctx.names.status(status.id);
  const sub = parent.node({ id: xmlId('Status', status.id), kind: 'subProcess', name: label, scope });
  const b = parent.child(scope);
  const start = b.node({
    id: xmlId('Enter', status.id),
    kind: 'startEvent',
    name: t('io.bpmn.statusEntered', { status: label }),
  });

  const robots = ctx.flow.robots.filter((r) => r.status === status.id);
  const byId = new Map(robots.map((r) => [r.id as string, r]));
  const next = (r: Robot | null): Robot[] =>
    robots.filter((x) => (r === null ? x.after === null || !byId.has(x.after) : x.after === r.id));
  const roots = next(null);

  // Robots first, in document order (rule 3), then the wait for a manual move.
  const entries = roots.map((r) => compileRobot(b, r, next, ctx, label));
  const manual = b.node({
    id: xmlId('SetStatus', status.id),
    kind: 'intermediateCatchEvent',
    name: t('io.bpmn.setByHand'),
    message: SET_STATUS_MESSAGE,
  });
  // Terminating ends the sub-process normally, and its outgoing flow goes back to the router.
  b.flow(
    manual,
    b.node({
      id: xmlId('LeaveByHand', status.id),
      kind: 'endEvent',
      name: t('io.bpmn.leave', { status: label }),
      terminate: true,
    }),
  );
  fork(b, start, [...entries, manual], t('io.bpmn.robotsStart', { status: label }));

  for (const [type, candidates] of triggerCandidates(ctx.flow, status)) {
    compileTriggerType(b, status, type, candidates, (id) => ctx.names.status(id), ctx.translator);
  }
  return sub;
}

/**
 * Connects `from` to every target: directly for one, through a parallel gateway for several.
 * Returns the id of the flow leaving `from`.
 */
function fork(b: ScopeBuilder, from: GraphNode, targets: GraphNode[], name: string): string {
  if (targets.length === 1) return b.flow(from, targets[0]!).id;
  const gateway = b.node({ id: `Fork_${from.id}`, kind: 'parallelGateway', name });
  const out = b.flow(from, gateway).id;
  for (const t of targets) b.flow(gateway, t);
  return out;
}

/** One robot and, recursively, the robots after it; returns the first node of its branch. */
function compileRobot(
  b: ScopeBuilder,
  robot: Robot,
  next: (r: Robot) => Robot[],
  ctx: StatusContext,
  statusLabel: string,
): GraphNode {
  const { t } = ctx.translator;
  const label = robotTitle(robot, ctx.translator);
  const rid = robot.id as string;
  const successors = next(robot);
  /** Reaches the robots after this one from `from`; returns the id of the flow leaving `from`. */
  const continuation = (from: GraphNode): string => {
    const targets = successors.map((s) => compileRobot(b, s, next, ctx, statusLabel));
    if (targets.length === 0)
      return b.flow(
        from,
        b.node({ id: xmlId('ChainEnd', rid), kind: 'endEvent', name: t('io.bpmn.chainDone') }),
      ).id;
    return fork(b, from, targets, t('io.bpmn.after', { robot: label }));
  };

  if (robot.disabled) {
    // Rule 4: a disabled robot is not scheduled; the robots after it are reached at once.
    const mark = b.node({
      id: xmlId('Disabled', rid),
      kind: 'intermediateThrowEvent',
      name: t('io.bpmn.disabled', { robot: label }),
    });
    continuation(mark);
    return mark;
  }

  const steps: GraphNode[] = [];
  // Nodes whose "otherwise" path rejoins after the task: the basis check and the condition.
  const skips: { gateway: GraphNode; name: string }[] = [];
  const basis = 'basis' in robot.delay ? robot.delay.basis : undefined;
  if (basis !== undefined) {
    const field = fieldLabel(basis, ctx.translator);
    const check = b.node({
      id: xmlId('Basis', rid),
      kind: 'exclusiveGateway',
      name: t('io.bpmn.basisSet', { field }),
    });
    steps.push(check);
    skips.push({ gateway: check, name: t('io.bpmn.basisEmpty', { field }) });
  }
  if (robot.delay.workTime) {
    ctx.warnings.push({
      code: 'BPMN_WORK_TIME',
      nodeId: rid,
      status: robot.status,
      message: t('io.bpmn.warning.workTime', { robot: label, jobType: RUN_TIME_TASK }),
    });
    steps.push(
      b.node({
        id: xmlId('RunTime', rid),
        kind: 'serviceTask',
        name: t('io.bpmn.computeRunTime', { robot: label }),
        task: {
          type: RUN_TIME_TASK,
          headers: [
            ['robotId', rid],
            ['delay', JSON.stringify(robot.delay)],
            ['timezone', ctx.zone],
            ['workTime', JSON.stringify(ctx.flow.settings.workTime ?? null)],
          ],
        },
        outputs: [{ source: '=runAt', target: runAtVariable(rid) }],
      }),
    );
    steps.push(
      b.node({
        id: xmlId('Wait', rid),
        kind: 'intermediateCatchEvent',
        name: t('io.bpmn.waitUntil', { robot: label }),
        timer: { kind: 'date', expression: `=${runAtVariable(rid)}` },
      }),
    );
  } else {
    const timer = delayTimer(robot.delay, ctx.zone);
    if (timer) {
      if (
        robot.delay.type !== 'immediate' &&
        'unit' in robot.delay &&
        robot.delay.unit === 'days' &&
        !Number.isInteger(robot.delay.value)
      )
        ctx.warnings.push({
          code: 'BPMN_FRACTIONAL_DAYS',
          nodeId: rid,
          status: robot.status,
          message: t('io.bpmn.warning.fractionalDays', { robot: label }),
        });
      steps.push(
        b.node({
          id: xmlId('Wait', rid),
          kind: 'intermediateCatchEvent',
          name: t('io.bpmn.wait', { delay: delayLabel(robot.delay, ctx.translator) }),
          timer,
        }),
      );
    }
  }
  if (robot.condition) {
    const gate = b.node({
      id: xmlId('Condition', rid),
      kind: 'exclusiveGateway',
      name: t('io.bpmn.condition', { robot: label }),
    });
    steps.push(gate);
    skips.push({ gateway: gate, name: t('io.bpmn.skip') });
  }
  const target = moveTargetOf(robot);
  const moves = target !== undefined;
  const task = b.node({
    id: xmlId('Robot', rid),
    kind: 'serviceTask',
    name: label,
    task: { type: robotTaskType(robot.type), headers: taskHeaders(robot) },
    outputs:
      target !== undefined
        ? [
            { source: '=order', target: 'order' },
            { source: `=${feelString(target)}`, target: 'status' },
          ]
        : undefined,
  });
  steps.push(task);

  // Chain the steps; a gateway's first flow continues, its default flow rejoins after the task.
  for (let i = 0; i + 1 < steps.length; i++) {
    const from = steps[i]!;
    const to = steps[i + 1]!;
    if (from.kind !== 'exclusiveGateway') b.flow(from, to);
    else if (from.id.startsWith('Basis_'))
      b.flow(from, to, { name: t('io.bpmn.basisHolds'), condition: `=${basisInstant(basis!)} != null` });
    else
      b.flow(from, to, {
        name: t('io.bpmn.conditionHolds'),
        condition: `=${conditionToFeel(robot.condition)}`,
      });
  }

  if (moves) {
    // Rule 5: a robot that moves the order ends its chain; the move leaves the status.
    b.flow(
      task,
      b.node({
        id: xmlId('Move', rid),
        kind: 'endEvent',
        name: t('io.bpmn.leave', { status: statusLabel }),
        escalation: robot.status,
      }),
    );
    if (skips.length === 1) skips[0]!.gateway.defaultFlow = continuation(skips[0]!.gateway);
    if (skips.length < 2) return steps[0]!;
  }
  if (skips.length === 0) {
    continuation(task);
    return steps[0]!;
  }
  // The paths that did not run the task (condition false, basis empty) rejoin after it.
  const after = b.node({
    id: xmlId('Done', rid),
    kind: 'exclusiveGateway',
    name: t('io.bpmn.robotDone', { robot: label }),
  });
  if (!moves) b.flow(task, after);
  for (const skip of skips) {
    skip.gateway.defaultFlow = b.flow(skip.gateway, after, { name: skip.name }).id;
  }
  continuation(after);
  return steps[0]!;
}

/** The robot's settings as job headers: strings as they are, anything else as JSON. */
function taskHeaders(robot: Robot): [string, string][] {
  const headers: [string, string][] = [
    ['robotId', robot.id],
    ['status', robot.status],
  ];
  for (const [key, value] of Object.entries(robot.settings)) {
    if (value === undefined || key === 'robotId' || key === 'status') continue;
    headers.push([key, typeof value === 'string' ? value : JSON.stringify(value)]);
  }
  return headers;
}
