import { describe, expect, it, vi } from 'vitest';
import { createSimulationClient } from '../../../src/sim/client';
import { skipPause, skippableAt } from '../../../src/sim/skipPause';
import { simulate } from '../../../src/engine';
import { flow, sample } from './helpers';

describe('createSimulationClient without Worker (in-thread fallback)', () => {
  it('runs a scenario to the same timeline as the engine', async () => {
    const client = createSimulationClient({ worker: () => undefined });
    expect(client.mode).toBe('in-thread');
    const outcome = await client.run(flow, sample('paid-and-delivered')).result;
    expect(outcome).toEqual({ status: 'done', value: simulate(flow, sample('paid-and-delivered')) });
  });

  it('runs a batch with progress and coverage', async () => {
    const client = createSimulationClient({ worker: () => undefined });
    const progress = vi.fn();
    const task = client.batch(
      flow,
      sample('paid-and-delivered'),
      { phoneTypes: ['MOBILE'] },
      { cap: 10 },
      progress,
    );
    const outcome = await task.result;
    if (outcome.status !== 'done') throw new Error(outcome.status);
    expect(outcome.value.total).toBe(2);
    expect(outcome.value.coverage.robots.n_sms).toMatchObject({ done: 1, failed: 1 });
    expect(progress).toHaveBeenLastCalledWith(2, 2);
  });

  it('a cancelled batch settles as cancelled and reports nothing more', async () => {
    const client = createSimulationClient({ worker: () => undefined });
    const progress = vi.fn();
    const task = client.batch(
      flow,
      sample('paid-and-delivered'),
      { phoneTypes: ['MOBILE', 'WORK', 'HOME', 'OTHER'], paid: true, events: [0, 1, 2] },
      { cap: 1000 },
      progress,
    );
    task.cancel();
    expect(await task.result).toEqual({ status: 'cancelled' });
    const calls = progress.mock.calls.length;
    await new Promise((r) => setTimeout(r, 20));
    expect(progress.mock.calls.length).toBe(calls);
  });

  it('reports an engine error as a failure in plain words', async () => {
    const client = createSimulationClient({ worker: () => undefined });
    const scenario = sample('never-paid');
    scenario.start.status = 'nowhere' as typeof scenario.start.status;
    const outcome = await client.run(flow, scenario).result;
    expect(outcome.status).toBe('failed');
  });

  it('talks to a worker through messages when one is given', async () => {
    const posted: unknown[] = [];
    const fake = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      onerror: null,
      postMessage(message: { id: number; type: string }) {
        posted.push(message);
        queueMicrotask(() =>
          this.onmessage?.({ data: { type: 'error', id: message.id, message: 'boom' } } as MessageEvent),
        );
      },
      terminate: vi.fn(),
    };
    const client = createSimulationClient({ worker: () => fake });
    expect(client.mode).toBe('worker');
    expect(await client.run(flow, sample('never-paid')).result).toEqual({
      status: 'failed',
      message: 'boom',
    });
    expect(posted[0]).toMatchObject({ type: 'run', id: 1 });
    client.dispose();
    expect(fake.terminate).toHaveBeenCalled();
  });
});

describe('skipPause', () => {
  it('runs the waiting payment reminder at the shown instant, recorded in the scenario', () => {
    const scenario = sample('never-paid');
    const t = simulate(flow, scenario);
    const at = t.entries.find((e) => e.kind === 'robot.scheduled' && e.robot === 'n_cancel')!.at;
    const skipped = skipPause(flow, scenario, at, 'n_email_reminder');
    expect(skipped).toBeDefined();
    expect(skipped!.scenario.skips).toEqual([{ robot: 'n_email_reminder', at }]);
    const entry = skipped!.timeline.entries[skipped!.position]!;
    expect(entry).toMatchObject({
      kind: 'robot.done',
      robot: 'n_email_reminder',
      at: '2025-03-03T17:00:00.000Z',
    });
    // What the browser shows is what the CLI computes from the recorded scenario, byte for byte.
    expect(JSON.stringify(simulate(flow, skipped!.scenario))).toBe(JSON.stringify(skipped!.timeline));
    expect(skipPause(flow, scenario, at, 'p_task')).toBeUndefined();
  });

  it('runs after the jobs already due at that instant: the email after it renders the generated number', () => {
    const scenario = sample('never-paid');
    const start = scenario.start.at.replace('Z', '.000Z');
    const skipped = skipPause(flow, scenario, start, 'n_email_reminder')!;
    const done = skipped.timeline.entries.filter((e) => e.kind === 'robot.done' && e.at === start);
    expect(done.map((e) => ('robot' in e ? e.robot : ''))).toEqual([
      'n_code',
      'n_email_new',
      'n_sms',
      'n_email_reminder',
    ]);
    const reminder = done.at(-1) as unknown as { output: { subject: string } };
    expect(reminder.output.subject).toContain('ORD-2025-00001');
  });

  it("is offered only for robots still waiting once the instant's jobs have run", () => {
    const scenario = sample('never-paid');
    const start = scenario.start.at.replace('Z', '.000Z');
    const offered = skippableAt(flow, scenario, start);
    expect([...offered].sort()).toEqual(['n_cancel', 'n_email_reminder']);
    expect(offered.has('n_sms')).toBe(false);
  });
});
