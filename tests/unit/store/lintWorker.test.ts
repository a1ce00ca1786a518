import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Flow } from '../../../src/domain/flow';
import { lintFlow } from '../../../src/domain/lint';
import type { LintProblem } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { englishTranslator } from '../../../src/i18n/english';
import {
  exactProblemsOf,
  LINT_IN_WORKER_ABOVE,
  lintPending,
  nodeProblemsOf,
  problemsOf,
} from '../../../src/store/lint';
import type { DesignerState } from '../../../src/store/types';
import { lintWorkerCore } from '../../../src/store/lintWorkerCore';
import type { LintRequest, LintResponse } from '../../../src/store/lintWorkerProtocol';
import { generateFlow } from '../../fixtures/generators';

/** A Worker that lints when the test lets it answer, so the page's side can be seen in between. */
class FakeLintWorker {
  static last: FakeLintWorker | undefined;
  onmessage: ((event: MessageEvent<LintResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  requests: LintRequest[] = [];
  /** The real worker's memory and answers; only the translator is English. */
  handle = lintWorkerCore((flow, env) => lintFlow(flow, env));
  constructor() {
    FakeLintWorker.last = this;
  }
  postMessage(request: LintRequest) {
    this.requests.push(request);
  }
  async answer() {
    const response = await this.handle(this.requests.shift()!);
    this.onmessage?.({ data: response } as MessageEvent<LintResponse>);
  }
  terminate() {}
}

const env = DEFAULT_ENVIRONMENT;
const idOf = (flow: Flow, p: LintProblem) => {
  const m = /^\$\.robots\[(\d+)\]/.exec(p.path);
  return m ? flow.robots[Number(m[1])]!.id : undefined;
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('lint of a large design', () => {
  it('runs in a worker; until it answers, the last answer stays on the same cards after a deletion', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeLintWorker);
    const flow = generateFlow(7, { statuses: 6, robotsPerStatus: 200, triggers: 20 });
    expect(flow.robots.length).toBeGreaterThan(LINT_IN_WORKER_ABOVE);
    const expected = lintFlow(flow, env);
    expect(expected.some((p) => idOf(flow, p) !== undefined)).toBe(true);

    expect(problemsOf(flow, env)).toEqual([]);
    vi.runAllTimers();
    await FakeLintWorker.last!.answer();
    expect(problemsOf(flow, env)).toEqual(expected);

    // Delete the first robot: indices of every later robot shift by one.
    const edited: Flow = { ...flow, robots: flow.robots.slice(1) };
    const shown = problemsOf(edited, env);
    const before = expected.filter(
      (p) => idOf(flow, p) !== undefined && idOf(flow, p) !== flow.robots[0]!.id,
    );
    expect(shown.filter((p) => idOf(edited, p) !== undefined).map((p) => [idOf(edited, p), p.code])).toEqual(
      before.map((p) => [idOf(flow, p), p.code]),
    );

    vi.runAllTimers();
    await FakeLintWorker.last!.answer();
    expect(problemsOf(edited, env)).toEqual(lintFlow(edited, env));
  });

  it('exactProblemsOf lints the design as it is now (publishing), while the worker has not answered', () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeLintWorker);
    const flow = generateFlow(8, { statuses: 6, robotsPerStatus: 200, triggers: 20 });
    // A fresh error the last worker answer cannot know about: an SMS robot without its text.
    const broken: Flow = {
      ...flow,
      robots: flow.robots.map((r, i) => (i === 0 ? { ...r, type: 'sms.send', settings: {} } : r)),
    };
    const expected = lintFlow(broken, env);
    const fresh = expected.filter((p) => p.severity === 'error' && p.path.startsWith('$.robots[0]'));
    expect(fresh.length).toBeGreaterThan(0);

    expect(problemsOf(broken, env)).not.toEqual(expect.arrayContaining(fresh));
    // The errors are all there (the hazard rules, never errors, may still be loading on the page).
    const errors = (problems: readonly LintProblem[]) => problems.filter((p) => p.severity === 'error');
    const exactNow = exactProblemsOf(broken, env);
    expect(errors(exactNow)).toEqual(errors(expected));
    // The exact answer is kept: the panels now show it too.
    expect(problemsOf(broken, env)).toEqual(exactNow);
  });

  it('sends a burst of edits to the worker once, when the typing pauses', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeLintWorker);
    const flow = generateFlow(9, { statuses: 6, robotsPerStatus: 200, triggers: 20 });
    problemsOf(flow, env);
    vi.advanceTimersByTime(300);
    const worker = FakeLintWorker.last!;
    expect(worker.requests).toHaveLength(1);
    await worker.answer();

    let typed = flow;
    for (const name of ['R', 'Re', 'Rem']) {
      typed = { ...typed, robots: typed.robots.map((r, i) => (i === 0 ? { ...r, name } : r)) };
      problemsOf(typed, env);
      // A slow typist: a key every 300 ms is still one burst.
      vi.advanceTimersByTime(300);
    }
    expect(worker.requests).toHaveLength(0);
    vi.advanceTimersByTime(300);
    expect(worker.requests).toHaveLength(1);
    // Only the robot typed in goes, not the design again.
    expect(worker.requests[0]!.flow).toEqual({ changed: [{ key: 'robots', items: [[0, typed.robots[0]]] }] });
    await worker.answer();
    expect(problemsOf(typed, env)).toEqual(lintFlow(typed, env));
  });

  it('shows the last answer, not "no problems", while the same version is linted again in a new language', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeLintWorker);
    const flow = generateFlow(11, { statuses: 6, robotsPerStatus: 200, triggers: 20 });
    // Read before any answer (nothing checked yet), then answered.
    expect(problemsOf(flow, env, englishTranslator)).toEqual([]);
    vi.runAllTimers();
    await FakeLintWorker.last!.answer();
    const answered = problemsOf(flow, env, englishTranslator);
    expect(answered.length).toBeGreaterThan(0);

    // The rest of the messages arrived: another translator object, the same version asked again.
    const later = { ...englishTranslator };
    expect(problemsOf(flow, env, later)).toEqual(answered);
    expect(lintPending(flow, env, later)).toBe(false);
  });

  it('keeps the same problems (the same array) when an edit changed none of them, so no card draws again', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeLintWorker);
    const flow = generateFlow(10, { statuses: 6, robotsPerStatus: 200, triggers: 20 });
    problemsOf(flow, env);
    vi.runAllTimers();
    await FakeLintWorker.last!.answer();
    const before = problemsOf(flow, env);
    expect(before.length).toBeGreaterThan(0);

    // The design renamed: the worker's answer equals the last one.
    const renamed: Flow = { ...flow, name: 'Renamed design' };
    problemsOf(renamed, env);
    vi.runAllTimers();
    await FakeLintWorker.last!.answer();
    expect(problemsOf(renamed, env)).toBe(before);

    // A robot broken: the new problem arrives, every other problem is the same object as before.
    const quiet = renamed.robots.findIndex(
      (r, i) => r.type === 'sms.send' && !before.some((p) => p.path.startsWith(`$.robots[${i}]`)),
    );
    const broken: Flow = {
      ...renamed,
      robots: renamed.robots.map((r, i) => (i === quiet ? { ...r, settings: {} } : r)),
    };
    problemsOf(broken, env);
    vi.runAllTimers();
    await FakeLintWorker.last!.answer();
    const after = problemsOf(broken, env);
    expect(after).toEqual(lintFlow(broken, env));
    const fresh = after.filter((p) => !before.includes(p));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((p) => p.path.startsWith(`$.robots[${quiet}]`))).toBe(true);
  });

  it("keeps every card's problems, the same lists, when a card moves, until the worker answers", async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeLintWorker);
    const flow = generateFlow(12, { statuses: 6, robotsPerStatus: 200, triggers: 20 });
    // What the cards read: the store's design, reference data not in yet, the designer's language.
    const state = (f: Flow) =>
      ({ flow: f, reference: { state: 'loading' }, language: englishTranslator }) as unknown as DesignerState;
    nodeProblemsOf(state(flow), flow.robots[0]!.id);
    vi.runAllTimers();
    await FakeLintWorker.last!.answer();
    const flagged = flow.robots.filter((r) => nodeProblemsOf(state(flow), r.id).length > 0);
    expect(flagged.length).toBeGreaterThan(1);
    const lists = new Map(flagged.map((r) => [r.id, nodeProblemsOf(state(flow), r.id)]));

    // A card dropped elsewhere: the robots' list is in a new order, no problem is new or gone.
    const mover = flagged[0]!;
    const moved: Flow = { ...flow, robots: [...flow.robots.filter((r) => r !== mover), mover] };
    for (const robot of flagged) expect(nodeProblemsOf(state(moved), robot.id)).toBe(lists.get(robot.id));
    // The problems panel's list points at the robot's new place.
    const last = `$.robots[${moved.robots.length - 1}]`;
    expect(
      problemsOf(moved, env, englishTranslator)
        .filter((p) => p.path.startsWith(last))
        .map((p) => p.message),
    ).toEqual(lists.get(mover.id)!.map((p) => p.message));

    // The worker's answer about the moved design: each badge says what it finds, and a badge whose
    // problems read the same keeps its very list (its paths count robots differently now).
    vi.runAllTimers();
    await FakeLintWorker.last!.answer();
    const answered = lintFlow(moved, env);
    expect(problemsOf(moved, env, englishTranslator)).toEqual(answered);
    const messages = (list: readonly LintProblem[]) => list.map((p) => p.message);
    let kept = 0;
    for (const robot of flagged) {
      const now = nodeProblemsOf(state(moved), robot.id);
      expect(messages(now)).toEqual(messages(answered.filter((p) => idOf(moved, p) === robot.id)));
      if (messages(now).join() === messages(lists.get(robot.id)!).join()) {
        expect(now).toBe(lists.get(robot.id));
        kept += 1;
      }
    }
    expect(kept).toBeGreaterThan(flagged.length / 2);

    // A card deleted: its problems leave its badge, the others keep theirs.
    const deleted: Flow = { ...moved, robots: moved.robots.filter((r) => r !== mover) };
    expect(nodeProblemsOf(state(deleted), mover.id)).toEqual([]);
    const other = flagged[1]!;
    expect(nodeProblemsOf(state(deleted), other.id).map((p) => p.message)).toEqual(
      lists.get(other.id)!.map((p) => p.message),
    );

    vi.runAllTimers();
    await FakeLintWorker.last!.answer();
    expect(nodeProblemsOf(state(deleted), other.id).map((p) => p.message)).toEqual(
      lintFlow(deleted, env)
        .filter((p) => idOf(deleted, p) === other.id)
        .map((p) => p.message),
    );
  });
});
