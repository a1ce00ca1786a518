import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/domain/scenario';
import type { SimulationRequest, SimulationResponse, WorkerLike } from '../../../src/sim';
import { createSimulationClient, runSuite } from '../../../src/sim';
import { createRequestHandler } from '../../../src/sim/handler';
import { flow, sample } from './helpers';

/*
 * The Tests tab's suite runs in the simulation worker. The worker is its request handler behind
 * postMessage; here a stand-in worker passes every message through structuredClone, as a real one
 * does, so what the page receives is exactly what crossed the boundary.
 */
function clonedWorker(): WorkerLike & { posted: SimulationRequest[] } {
  const worker: WorkerLike & { posted: SimulationRequest[] } = {
    posted: [],
    onmessage: null,
    onerror: null,
    postMessage(request) {
      worker.posted.push(request);
      queueMicrotask(() => handle(structuredClone(request)));
    },
    terminate: () => undefined,
  };
  const handle = createRequestHandler((response: SimulationResponse) =>
    queueMicrotask(() => worker.onmessage?.({ data: structuredClone(response) } as MessageEvent)),
  );
  return worker;
}

/** The three samples, one with a false expectation, and one that cannot run. */
function scenarios(): Scenario[] {
  const paid = sample('paid-and-delivered');
  const broken: Scenario = {
    ...paid,
    name: 'Reminder said to be done',
    expect: [{ robot: 'n_email_reminder', is: 'done' }],
  };
  const cannot: Scenario = {
    ...paid,
    name: 'Starts nowhere',
    start: { ...paid.start, status: 'nowhere' as Scenario['start']['status'] },
  };
  return [paid, sample('never-paid'), sample('no-mobile-phone'), broken, cannot];
}

describe('the Tests suite in the simulation worker', () => {
  it('gives the same results and coverage as a run on the page', async () => {
    const worker = clonedWorker();
    const client = createSimulationClient({ worker: () => worker });
    expect(client.mode).toBe('worker');
    const progress = vi.fn();
    const outcome = await client.suite(flow, scenarios(), progress).result;
    const onPage = runSuite(flow, scenarios());
    expect(outcome).toEqual({ status: 'done', value: onPage });
    // The suite was computed on the other side of postMessage, not here.
    expect(worker.posted[0]).toMatchObject({ type: 'suite', id: 1 });
    expect(onPage.results.map((r) => r.passed)).toEqual([true, true, true, false, false]);
    // Progress: one step per scenario, ending with all of them.
    expect(progress.mock.calls).toEqual([0, 1, 2, 3, 4, 5].map((done) => [done, 5]));
  });

  it('a cancel stops the suite: nothing is shown, the worker stops between two scenarios', async () => {
    const worker = clonedWorker();
    const client = createSimulationClient({ worker: () => worker });
    const many = Array.from({ length: 40 }, () => sample('paid-and-delivered'));
    const task = client.suite(flow, many);
    task.cancel();
    expect(await task.result).toEqual({ status: 'cancelled' });
    expect(worker.posted.map((m) => m.type)).toEqual(['suite', 'cancel']);
  });

  it("words the verdicts in the designer's language, the same as on the page", async () => {
    const { loadTranslator } = await import('../../../src/i18n/load');
    const russian = await loadTranslator('ru');
    const worker = clonedWorker();
    const client = createSimulationClient({ worker: () => worker });
    const outcome = await client.suite(flow, scenarios(), undefined, 'ru').result;
    expect(outcome).toEqual({ status: 'done', value: runSuite(flow, scenarios(), russian) });
    if (outcome.status !== 'done') return;
    const failed = outcome.value.results[3]!;
    const statement = failed.verdicts?.find((v) => !v.holds);
    // The false expectation is said in Russian, and not in the English words of the page's default.
    expect(JSON.stringify(statement)).toMatch(/[а-яё]{4,}/i);
    expect(runSuite(flow, scenarios()).results[3]!.verdicts).not.toEqual(failed.verdicts);
  });

  it("names an unnamed scenario by its place in the designer's language", async () => {
    const unnamed = [sample('never-paid'), { ...sample('paid-and-delivered'), name: '' }];
    const ask = (locale?: 'ru') =>
      createSimulationClient({ worker: () => clonedWorker() }).suite(flow, unnamed, undefined, locale).result;
    const inRussian = await ask('ru');
    expect(inRussian.status === 'done' && inRussian.value.results.map((r) => r.name)).toEqual([
      sample('never-paid').name,
      'Сценарий 2',
    ]);
    const inEnglish = await ask();
    expect(inEnglish.status === 'done' && inEnglish.value.results[1]!.name).toBe('Scenario 2');
  });
});
