import type { Flow } from '../../../domain/flow';
import type { Scenario } from '../../../domain/scenario';
import { scenarioSchema } from '../../../domain/scenario';
import { datetimeFields } from '../../../domain/fields';

/** Messages by dotted path ("start.at", "events.1.at"); "" holds messages about the whole scenario. */
export type ScenarioMessages = ReadonlyMap<string, string[]>;

const add = (map: Map<string, string[]>, path: string, message: string) => {
  const list = map.get(path) ?? [];
  if (!list.includes(message)) list.push(message);
  map.set(path, list);
};

/**
 * What is wrong with a scenario being edited: the scenario schema's issues (the same check import
 * and the engine make) plus what only the flow knows (the start status, reaction robots) and dates
 * the schema keeps as free strings.
 */
export function scenarioMessages(flow: Flow, scenario: Scenario): ScenarioMessages {
  const map = new Map<string, string[]>();
  const parsed = scenarioSchema.safeParse(scenario);
  if (!parsed.success)
    for (const issue of parsed.error.issues) add(map, issue.path.map(String).join('.'), issue.message);
  if (!flow.statuses.some((s) => s.id === scenario.start?.status))
    add(map, 'start.status', 'Choose a status of this flow');
  const robots = new Set(flow.robots.map((r) => r.id as string));
  scenario.reactions?.forEach((r, i) => {
    if (r.robot !== undefined && !robots.has(r.robot))
      add(map, `reactions.${i}.robot`, 'No robot with this id in the flow');
  });
  for (const f of datetimeFields()) {
    if (f.group !== 'order') continue;
    const key = f.path.slice('order.'.length);
    const value = (scenario.order as Record<string, unknown>)[key];
    if (typeof value === 'string' && value !== '' && Number.isNaN(Date.parse(value)))
      add(map, f.path, 'Expected an ISO 8601 instant such as 2025-03-03T17:00:00Z');
  }
  return map;
}

/** Lists whose items a message names by number ("Expectation 2"), not by their JSON index. */
const NUMBERED: Record<string, string> = {
  events: 'Event',
  reactions: 'Reaction',
  phones: 'Phone',
  emails: 'Email',
  expect: 'Expectation',
  skips: 'Skipped pause',
};

/** "events.1.at" → "Event 2, time": where a summary message points. */
export function describePath(path: string): string {
  if (path === '') return 'Scenario';
  const parts = path.split('.');
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    const singular = NUMBERED[p];
    if (/^\d+$/.test(next ?? '') && singular) {
      words.push(`${singular} ${Number(next) + 1}`);
      i++;
    } else words.push(p);
  }
  return words.join(', ');
}
