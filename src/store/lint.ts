import { startTransition, useEffect, useState } from 'react';
import type { Flow } from '../domain/flow';
import { problemsByNodePath } from '../domain/lint/byNode';
import type { LintProblem, LintRule } from '../domain/lint';
import { CORE_LINT_RULES } from '../domain/lint/registry';
import { lintWith } from '../domain/lint/run';
import { DEFAULT_ENVIRONMENT } from '../domain/reference/defaultEnvironment';
import type { Environment } from '../domain/scenario';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { decodeProblems, flowUpdate } from './lintTransfer';
import type { LintRequest, LintResponse } from './lintWorkerProtocol';
import type { DesignerState } from './types';

/*
 * Lint runs once per document version: immer gives every edit a new flow object and keeps it for
 * unchanged documents, so a WeakMap keyed by the flow is a memo that the top bar, the problems panel,
 * the inspector and every card share without running the linter more than once.
 *
 * A large design is linted in a Web Worker instead: over 5,000 robots the linter takes about 100 ms,
 * which on the page's thread would hold up every keystroke. Until the worker answers for the current
 * version, readers get the newest answer it gave, its paths re-pointed at the current version by id
 * (problems of deleted cards dropped), so badges and messages stay on their cards.
 */

/** Above this many robots and triggers, lint leaves the page's thread (when a Worker can be made). */
export const LINT_IN_WORKER_ABOVE = 1000;
const isLarge = (flow: Flow) => flow.robots.length + flow.triggers.length > LINT_IN_WORKER_ABOVE;
/**
 * How long edits must pause before the newest version is sent to the worker (see lintInBackground).
 * Longer than the gap between two keys of a slow typist (100–300 ms) and than a drop-then-undo:
 * each answer is decoded and regrouped by card on the page, and at 250 ms one landed in the middle
 * of a word, holding up the next keystroke by 15–40 ms in a 5,000-robot design.
 */
const SEND_AFTER_PAUSE_MS = 600;

/*
 * The hazard rules (OF8xx) are a module the page loads after its first screen, to keep the first
 * load within its budget. Until it arrives the page lints with the well-formedness rules only; then
 * answers found without it are found again and readers are told. The worker always lints with all.
 */
const rules = { current: CORE_LINT_RULES as readonly LintRule[], complete: false, requested: false };

function loadHazards() {
  if (rules.requested) return;
  rules.requested = true;
  void import('../domain/lint/hazards').then(({ HAZARD_RULES }) => {
    rules.current = [...CORE_LINT_RULES, ...HAZARD_RULES];
    rules.complete = true;
    announce();
  });
}

/** `complete`: found with every rule (the worker's answers, and the page's once the hazards are in). */
type Result = { env: Environment; translator: Translator; problems: LintProblem[]; complete: boolean };
const isCurrent = (hit: Result | undefined, env: Environment, translator: Translator): hit is Result =>
  hit !== undefined && hit.env === env && hit.translator === translator && (hit.complete || !rules.complete);
const exact = new WeakMap<Flow, Result>();
/**
 * Earlier answers shown for a version the worker has not linted yet (same array on each read), with
 * the answer they came from: a newer answer replaces them (a version first read before any answer
 * arrived must not keep showing "no problems" once one has).
 */
const provisional = new WeakMap<Flow, { from: Background['latest']; shown: LintProblem[] }>();
const byNodeCache = new WeakMap<LintProblem[], Map<string, LintProblem[]>>();
/** The per-node lists built last: a card whose problems did not change keeps its array (no rerender). */
let lastByNode = new Map<string, LintProblem[]>();
const NONE: readonly LintProblem[] = [];

const NODE_PATH = /^\$\.(robots|triggers)\[(\d+)\]/;

const sameOrder = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  a === b || (a.length === b.length && a.every((item, i) => item.id === b[i]!.id));

/** The same problems with their robot and trigger indices taken from `to` instead of `from`. */
function rebase(problems: readonly LintProblem[], from: Flow, to: Flow): LintProblem[] {
  // Most edits (a name, a setting) leave every robot and trigger at its index: nothing to re-point,
  // and the same array keeps every reader that compares by identity from drawing again.
  if (sameOrder(from.robots, to.robots) && sameOrder(from.triggers, to.triggers))
    return problems as LintProblem[];
  const index = {
    robots: new Map(to.robots.map((r, i) => [r.id as string, i])),
    triggers: new Map(to.triggers.map((t, i) => [t.id as string, i])),
  };
  const rebased: LintProblem[] = [];
  let dropped = false;
  for (const problem of problems) {
    const m = NODE_PATH.exec(problem.path);
    if (!m) {
      rebased.push(problem);
      continue;
    }
    const section = m[1] as 'robots' | 'triggers';
    const id = from[section][Number(m[2])]?.id;
    const at = id === undefined ? undefined : index[section].get(id);
    if (at === undefined) {
      dropped = true;
      continue;
    }
    const path = `$.${section}[${at}]${problem.path.slice(m[0].length)}`;
    rebased.push(path === problem.path ? problem : { ...problem, path });
  }
  const uniqueIds = index.robots.size === to.robots.length && index.triggers.size === to.triggers.length;
  if (!dropped && uniqueIds) movedOnly.set(rebased, problems as LintProblem[]);
  return rebased;
}

/*
 * A rebased list that only re-pointed indices (a card moved; every problem kept, every id unique)
 * → the list it came from. Its problems belong to the same robots and triggers as before, so the
 * cards' per-node lists are the very same: a drop or an undo in a 5,000-robot design no longer
 * regroups ~4,500 problems and redraws every badge on screen (nodeProblemsOf).
 */
const movedOnly = new WeakMap<LintProblem[], LintProblem[]>();

/** The worker, its one job in flight, the newest version waiting for it, and who to tell. */
const background = {
  worker: undefined as Worker | null | undefined,
  inFlight: null as { seq: number; flow: Flow; env: Environment; translator: Translator } | null,
  waiting: null as { flow: Flow; env: Environment; translator: Translator } | null,
  latest: null as { flow: Flow; problems: LintProblem[] } | null,
  /** The flow the worker holds (the last one sent) and its last answer: what the next are told against. */
  sent: null as Flow | null,
  answered: [] as LintProblem[],
  sendTimer: undefined as ReturnType<typeof setTimeout> | undefined,
  seq: 0,
  version: 0,
  listeners: new Set<() => void>(),
};

type Background = typeof background;

/** The newest answer about this design (another design's answer says nothing about it). */
const latestOf = (flow: Flow) => (background.latest?.flow.id === flow.id ? background.latest : null);

function announce() {
  background.version += 1;
  for (const listener of background.listeners) listener();
}

function lintWorker(): Worker | null {
  if (background.worker !== undefined) return background.worker;
  background.worker = null;
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LintResponse>) => {
      if ('failed' in event.data) return stopWorker(worker);
      const job = background.inFlight;
      background.inFlight = null;
      const problems = decodeProblems(background.answered, event.data.problems);
      background.answered = problems;
      if (job && job.seq === event.data.seq) {
        exact.set(job.flow, { env: job.env, translator: job.translator, problems, complete: true });
        background.latest = { flow: job.flow, problems };
      }
      sendWaiting();
      announce();
    };
    worker.onerror = () => stopWorker(worker);
    background.worker = worker;
  } catch {
    // No module workers here (an old browser, a test environment): lint stays on the page.
  }
  return background.worker;
}

/** A worker that cannot run lint: lint on the page from now on, as for small designs. */
function stopWorker(worker: Worker) {
  worker.terminate();
  background.worker = null;
  background.inFlight = null;
  background.waiting = null;
  background.latest = null;
  background.sent = null;
  background.answered = [];
  announce();
}

function sendWaiting() {
  const next = background.waiting;
  const worker = background.worker;
  if (!next || !worker || background.inFlight) return;
  background.waiting = null;
  const seq = ++background.seq;
  background.inFlight = { seq, ...next };
  const request: LintRequest = {
    seq,
    flow: flowUpdate(background.sent, next.flow),
    env: next.env,
    locale: next.translator.locale,
  };
  background.sent = next.flow;
  worker.postMessage(request);
}

/** Asks for the version; only the newest one waits, so a burst of typing is linted once it pauses. */
function lintInBackground(flow: Flow, env: Environment, translator: Translator) {
  const same = (job: { flow: Flow; env: Environment; translator: Translator } | null) =>
    job !== null && job.flow === flow && job.env === env && job.translator === translator;
  if (same(background.inFlight) || same(background.waiting)) return;
  background.waiting = { flow, env, translator };
  // A design's first version goes at once (nothing is shown for it yet), later ones when the edits
  // pause: each answer is read by the cards and the panel, and one per keystroke would be work
  // thrown away.
  if (background.sendTimer !== undefined) clearTimeout(background.sendTimer);
  background.sendTimer = setTimeout(
    () => {
      background.sendTimer = undefined;
      sendWaiting();
    },
    latestOf(flow) === null ? 0 : SEND_AFTER_PAUSE_MS,
  );
}

/**
 * The flow's lint problems, memoized per flow object, environment and language (see above for large
 * designs); messages in `translator`'s language (the designer passes useTranslator()'s).
 */
export function problemsOf(
  flow: Flow,
  env: Environment,
  translator: Translator = englishTranslator,
): LintProblem[] {
  const hit = exact.get(flow);
  if (isCurrent(hit, env, translator)) return hit.problems;
  if (isLarge(flow) && lintWorker()) {
    lintInBackground(flow, env, translator);
    const latest = latestOf(flow);
    const known = provisional.get(flow);
    if (known && known.from === latest) return known.shown;
    const shown = latest ? rebase(latest.problems, latest.flow, flow) : [];
    provisional.set(flow, { from: latest, shown });
    return shown;
  }
  return exactProblemsOf(flow, env, translator);
}

/**
 * The flow's problems now, never a provisional answer (the hazards may still be loading, but they are
 * never errors): for decisions that must see the design as it
 * is (publishing refuses a design with errors), at the cost of one synchronous lint of a large design.
 */
export function exactProblemsOf(
  flow: Flow,
  env: Environment,
  translator: Translator = englishTranslator,
): LintProblem[] {
  loadHazards();
  const hit = exact.get(flow);
  if (isCurrent(hit, env, translator)) return hit.problems;
  const problems = lintWith(flow, env, rules.current, translator);
  exact.set(flow, { env, translator, problems, complete: rules.complete });
  return problems;
}

/**
 * True while a large design waits for the worker's first answer: its problems list is empty only
 * because nothing has been checked yet, and saying "No problems" then would be a false all-clear.
 */
export function lintPending(
  flow: Flow,
  env: Environment,
  translator: Translator = englishTranslator,
): boolean {
  return (
    !isCurrent(exact.get(flow), env, translator) &&
    background.worker != null &&
    latestOf(flow) === null &&
    isLarge(flow)
  );
}

const subscribe = (listener: () => void) => {
  background.listeners.add(listener);
  return () => void background.listeners.delete(listener);
};
const lintVersion = () => background.version;

/**
 * Rerenders the caller when the lint worker answers. Components that read problemsOf or
 * nodeProblemsOf call it, so a late answer reaches them without a document change. The answer is
 * drawn in a transition: it regroups thousands of problems and redraws badges, and it lands about
 * when a user undoes or clicks after an edit — a click or key that comes meanwhile is handled
 * first (an external store's update would be drawn at once, holding that key up by 10–30 ms).
 */
export function useLintUpdates(): void {
  const [, setSeen] = useState(lintVersion);
  useEffect(() => {
    const update = () => startTransition(() => setSeen(lintVersion()));
    // An answer between this component's render and now is not missed.
    update();
    return subscribe(update);
  }, []);
}

/** The backend's reference data once it arrived, else the built-in lists (same as the simulator's). */
export const environmentOf = (s: DesignerState): Environment =>
  s.reference.state === 'ready' ? s.reference.environment : DEFAULT_ENVIRONMENT;

/** `$.robots[3]…` → the id of robot 3; undefined for flow- and status-level problems. */
function nodeIdOf(flow: Flow, path: string): string | undefined {
  const m = NODE_PATH.exec(path);
  if (!m) return undefined;
  const list = m[1] === 'robots' ? flow.robots : flow.triggers;
  return list[Number(m[2])]?.id;
}

/** The same on a card: what it counts, colours and says. A path that only counts robots differently is not news to it. */
const sameProblems = (a: readonly LintProblem[], b: readonly LintProblem[]) =>
  a.length === b.length &&
  a.every((p, i) => p.code === b[i]!.code && p.message === b[i]!.message && p.severity === b[i]!.severity);

/**
 * The lint problems of one robot or trigger, for its card (how many, how bad, what they say). A
 * selector: the per-node lists are built once per lint result, so thousands of cards each read a
 * stable array and rerender only when their own list does. While a moved card waits for the
 * worker's answer, the lists are those of the answer it came from: the same problems of the same
 * nodes, their paths still counting robots as before the move (the card reads no path).
 */
export function nodeProblemsOf(s: DesignerState, nodeId: string): readonly LintProblem[] {
  // The designer's language, as the problems panel and the counts read them: one lint result per
  // version. With English here and another translator there (even an English one made apart), the
  // two readers would evict each other's result and a large design would be linted over and over.
  const problems = problemsOf(s.flow, environmentOf(s), s.language);
  let byNode = byNodeCache.get(problems);
  const source = byNode ? undefined : movedOnly.get(problems);
  const sourceByNode = source && byNodeCache.get(source);
  if (sourceByNode) {
    byNodeCache.set(problems, sourceByNode);
    byNode = sourceByNode;
  }
  if (!byNode) {
    byNode = new Map();
    for (const [path, list] of problemsByNodePath(problems)) {
      const id = nodeIdOf(s.flow, path);
      if (id === undefined) continue;
      // Two robots of one id (a problem of its own) show their problems together, as one card.
      const known = byNode.get(id);
      byNode.set(id, known ? [...known, ...list] : list);
    }
    for (const [id, list] of byNode) {
      const before = lastByNode.get(id);
      if (before && sameProblems(before, list)) byNode.set(id, before);
    }
    byNodeCache.set(problems, byNode);
    lastByNode = byNode;
  }
  return byNode.get(nodeId) ?? NONE;
}
