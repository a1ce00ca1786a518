import type { Locale } from '../i18n/locales';
import type { BatchDimensions, VariantSelection } from '../domain/simulation';
import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline } from '../domain/timeline';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { createRequestHandler } from './handler';
import type { BatchOutcome, SimulationRequest, SimulationResponse } from './protocol';
import type { SuiteOutcome } from './testSuite';

/** How a job ended. Cancelling settles at once; a failure carries the engine's message. */
export type TaskOutcome<T> =
  { status: 'done'; value: T } | { status: 'cancelled' } | { status: 'failed'; message: string };

/** A running job: its outcome, and a way to stop it. */
export interface SimulationTask<T> {
  result: Promise<TaskOutcome<T>>;
  cancel(): void;
}

export interface SimulationClient {
  /** Where the engine runs: a Web Worker, or this thread when Worker is unavailable (tests, old browsers). */
  readonly mode: 'worker' | 'in-thread';
  run(flow: Flow, scenario: Scenario): SimulationTask<Timeline>;
  batch(
    flow: Flow,
    base: Scenario,
    dimensions: BatchDimensions,
    selection: VariantSelection,
    onProgress?: (done: number, total: number) => void,
  ): SimulationTask<BatchOutcome>;
  /** Runs every scenario against its expectations (the Tests tab); progress counts scenarios. */
  suite(
    flow: Flow,
    scenarios: readonly Scenario[],
    onProgress?: (done: number, total: number) => void,
    locale?: Locale,
  ): SimulationTask<SuiteOutcome>;
  /** Stops every job and the worker. */
  dispose(): void;
}

/** The part of a Worker the client uses, so tests can hand in a fake one. */
export interface WorkerLike {
  postMessage(message: SimulationRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SimulationResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The client's own failures (the engine's are its messages): kept in English, worded by `taskFailureText`. */
const WORKER_STOPPED = 'The simulation worker stopped';
const UNEXPECTED_ANSWER = 'Unexpected answer';

/** A failed task's message for a person, in the designer's language where it is the client's own. */
export function taskFailureText(message: string, { t }: Translator = englishTranslator): string {
  if (message === WORKER_STOPPED) return t('simulator.failure.workerStopped');
  if (message === UNEXPECTED_ANSWER) return t('simulator.failure.unexpectedAnswer');
  return message;
}

function defaultWorker(): WorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
  } catch {
    return undefined;
  }
}

interface Pending {
  settle: (response: SimulationResponse) => void;
  progress?: (done: number, total: number) => void;
}

/**
 * The simulator's entry point for the UI: runs and batches in a Web Worker, or in this thread (in
 * time slices, so the page still repaints) when no worker can be made.
 */
export function createSimulationClient(
  options: { worker?: () => WorkerLike | undefined } = {},
): SimulationClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const receive = (response: SimulationResponse) => {
    const job = pending.get(response.id);
    if (!job) return; // cancelled or disposed: late answers are dropped
    if (response.type === 'progress') job.progress?.(response.done, response.total);
    else {
      pending.delete(response.id);
      job.settle(response);
    }
  };

  const worker = (options.worker ?? defaultWorker)();
  let send: (request: SimulationRequest) => void;
  if (worker) {
    worker.onmessage = (event) => receive(event.data);
    worker.onerror = (event) => {
      // A crashed worker cannot finish anything it was given.
      for (const [id, job] of [...pending]) {
        pending.delete(id);
        job.settle({ type: 'error', id, message: event.message || WORKER_STOPPED });
      }
    };
    send = (request) => worker.postMessage(request);
  } else {
    // Answers are delivered as a microtask later, like worker messages: never inside the caller.
    const handle = createRequestHandler((response) => queueMicrotask(() => receive(response)));
    send = (request) => handle(structuredClone(request));
  }

  function start<T>(
    request: (id: number) => SimulationRequest,
    unwrap: (response: SimulationResponse) => T | undefined,
    progress?: (done: number, total: number) => void,
  ): SimulationTask<T> {
    const id = nextId++;
    let settleOutcome!: (outcome: TaskOutcome<T>) => void;
    const result = new Promise<TaskOutcome<T>>((resolve) => (settleOutcome = resolve));
    pending.set(id, {
      progress,
      settle: (response) => {
        if (response.type === 'cancelled') return settleOutcome({ status: 'cancelled' });
        if (response.type === 'error') return settleOutcome({ status: 'failed', message: response.message });
        const value = unwrap(response);
        settleOutcome(
          value === undefined ? { status: 'failed', message: UNEXPECTED_ANSWER } : { status: 'done', value },
        );
      },
    });
    send(request(id));
    return {
      result,
      cancel() {
        if (!pending.has(id)) return;
        pending.delete(id);
        send({ type: 'cancel', id });
        settleOutcome({ status: 'cancelled' });
      },
    };
  }

  return {
    mode: worker ? 'worker' : 'in-thread',
    run: (flow, scenario) =>
      start(
        (id) => ({ type: 'run', id, flow, scenario }),
        (r) => (r.type === 'timeline' ? r.timeline : undefined),
      ),
    batch: (flow, base, dimensions, selection, onProgress) =>
      start(
        (id) => ({ type: 'batch', id, flow, base, dimensions, selection }),
        (r) => (r.type === 'batch' ? r.outcome : undefined),
        onProgress,
      ),
    suite: (flow, scenarios, onProgress, locale) =>
      start(
        (id) => ({ type: 'suite', id, flow, scenarios: [...scenarios], ...(locale ? { locale } : {}) }),
        (r) => (r.type === 'suite' ? r.outcome : undefined),
        onProgress,
      ),
    dispose() {
      for (const [id, job] of [...pending]) {
        pending.delete(id);
        job.settle({ type: 'cancelled', id });
      }
      worker?.terminate();
    },
  };
}
