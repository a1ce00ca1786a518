import { readFileSync } from 'node:fs';
import type { Flow } from '../../../src/domain/flow';
import { flowSchema } from '../../../src/domain/flow';
import type { Scenario } from '../../../src/domain/scenario';
import { scenarioSchema } from '../../../src/domain/scenario';
import type { Timeline, TimelineEntry } from '../../../src/domain/timeline';
import { simulate } from '../../../src/engine';

/** Tiny documents for rule tests: only what a test cares about needs to be written. */

export const FIXTURES = new URL('../../fixtures/conformance/', import.meta.url);

export const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

type Loose = Record<string, unknown>;

/** A flow with statuses given as ids (A, B, … in pipeline order; `X…` ids are failure statuses). */
export function flow(parts: {
  statuses?: string[];
  robots?: Loose[];
  triggers?: Loose[];
  settings?: Loose;
}): Flow {
  const statuses = (parts.statuses ?? ['A', 'B', 'C']).map((id) => ({
    id,
    name: `Status ${id}`,
    semantics: id.startsWith('X') ? 'failure' : 'process',
    color: '#000000',
  }));
  return flowSchema.parse({
    format: 'orderflow.flow',
    version: 1,
    id: 'test',
    name: 'test',
    settings: parts.settings ?? {},
    statuses,
    robots: (parts.robots ?? []).map((r) => ({
      after: null,
      delay: { type: 'immediate' },
      settings: {},
      ...r,
    })),
    triggers: (parts.triggers ?? []).map((t) => ({ allowBackward: false, settings: {}, ...t })),
  });
}

/** A robot that logs its own id (log.write). */
export const log = (id: string, status: string, extra: Loose = {}): Loose => ({
  id,
  type: 'log.write',
  status,
  settings: { text: id },
  ...extra,
});

export const START = '2024-01-10T08:00:00.000Z';

export function scenario(parts: Loose = {}): Scenario {
  return scenarioSchema.parse({
    format: 'orderflow.scenario',
    version: 1,
    start: { status: 'A', at: START },
    order: { id: '1', price: 100 },
    contact: { name: 'Dana', phones: [], emails: [], chat: 'chat-1' },
    ...parts,
  });
}

/** An entry in one short line: `kind status robot|event|trigger|to detail`, for entry-by-entry checks. */
export function line(e: TimelineEntry): string {
  switch (e.kind) {
    case 'status.entered':
      return `${e.kind} ${e.status}${e.by ? ` by ${e.by}` : ''}`;
    case 'status.left':
      return `${e.kind} ${e.status} to ${e.to}`;
    case 'robot.scheduled':
      return `${e.kind} ${e.robot} ${e.runAt}`;
    case 'robot.done':
      return `${e.kind} ${e.robot}`;
    case 'robot.skipped':
    case 'robot.cancelled':
      return `${e.kind} ${e.robot} ${e.reason}`;
    case 'robot.failed':
      return `${e.kind} ${e.robot} ${e.error}`;
    case 'event':
      return `${e.kind} ${e.event} ${e.source}`;
    case 'trigger.fired':
      return `${e.kind} ${e.trigger} ${e.from}>${e.to}`;
    case 'end':
      return `${e.kind} ${e.reason}`;
  }
}

/** Simulates and returns the timeline plus its entries as short lines. */
export function run(f: Flow, s: Scenario): { timeline: Timeline; lines: string[] } {
  const timeline = simulate(f, s);
  return { timeline, lines: timeline.entries.map(line) };
}
