import { addRun, emptyCoverage, enumerateVariants, robotTypesOf } from '../domain/simulation';
import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline } from '../domain/timeline';
import { createRun, simulate } from '../engine';
import type { SimulationRequest, SimulationResponse } from './protocol';
import { loadTranslator } from '../i18n/load';
import { createSuite } from './testSuite';

/** How long a job computes before it lets messages (a cancel) through. */
const SLICE_MS = 16;
/** Entries computed between two clock checks of a single run. */
const ENTRIES_PER_CHECK = 500;

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

class Cancelled extends Error {}

/**
 * Runs simulation requests in time slices, so a cancel message is seen between slices. The worker
 * and the in-thread fallback share it: the same messages, whichever side computes.
 */
export function createRequestHandler(post: (response: SimulationResponse) => void) {
  const cancelled = new Set<number>();
  let sliceStart = clock();
  /** Yields to the event loop once the slice is used up; throws once the job is cancelled. */
  const checkpoint = async (id: number) => {
    if (clock() - sliceStart >= SLICE_MS) {
      await yieldToEvents();
      sliceStart = clock();
    }
    if (cancelled.has(id)) throw new Cancelled();
  };

  async function runOne(id: number, flow: Flow, scenario: Scenario): Promise<Timeline> {
    const run = createRun(flow, scenario);
    for (let n = 1; run.next(); n++) if (n % ENTRIES_PER_CHECK === 0) await checkpoint(id);
    return run.timeline();
  }

  async function handle(
    request: Exclude<SimulationRequest, { type: 'cancel' }>,
  ): Promise<SimulationResponse> {
    const { id } = request;
    sliceStart = clock();
    if (request.type === 'run') {
      return { type: 'timeline', id, timeline: await runOne(id, request.flow, request.scenario) };
    }
    if (request.type === 'suite') {
      // One scenario at a time: progress after each, and a cancel is seen between two of them.
      // The verdicts are sentences: worded here, in the designer's language (loaded once per worker).
      const translator = request.locale ? await loadTranslator(request.locale) : undefined;
      const suite = createSuite(request.flow, translator);
      const total = request.scenarios.length;
      post({ type: 'progress', id, done: 0, total });
      for (const [i, scenario] of request.scenarios.entries()) {
        await checkpoint(id);
        suite.add(scenario, i);
        post({ type: 'progress', id, done: i + 1, total });
      }
      return { type: 'suite', id, outcome: suite.finish() };
    }
    const { variants, total, truncated, pairs, leftOut, choiceRuns } = enumerateVariants(
      request.base,
      request.dimensions,
      request.selection,
    );
    const cov = emptyCoverage(request.flow);
    const types = robotTypesOf(request.flow);
    const every = Math.max(1, Math.floor(variants.length / 50));
    post({ type: 'progress', id, done: 0, total: variants.length });
    for (const [i, variant] of variants.entries()) {
      await checkpoint(id);
      addRun(cov, { variant, timeline: simulate(request.flow, variant.scenario) }, types);
      if ((i + 1) % every === 0 || i + 1 === variants.length)
        post({ type: 'progress', id, done: i + 1, total: variants.length });
    }
    // The combinations run, in words (the first 200: a list longer than that is read by its summary).
    const ran = variants.slice(0, 200).map((v) => v.label);
    const ranTexts = variants.slice(0, 200).map((v) => v.texts);
    return {
      type: 'batch',
      id,
      outcome: { coverage: cov, total, truncated, pairs, leftOut, choiceRuns, ran, ranTexts },
    };
  }

  return (request: SimulationRequest): void => {
    if (request.type === 'cancel') {
      cancelled.add(request.id);
      return;
    }
    void handle(request)
      .catch((error: unknown): SimulationResponse =>
        error instanceof Cancelled
          ? { type: 'cancelled', id: request.id }
          : {
              type: 'error',
              id: request.id,
              message: error instanceof Error ? error.message : String(error),
            },
      )
      .then((response) => {
        cancelled.delete(request.id);
        post(response);
      });
  };
}
