import type { z } from 'zod';
import type { Flow } from '../../../domain/flow';
import type { Scenario } from '../../../domain/scenario';
import { scenarioSchema } from '../../../domain/scenario';
import { datetimeFields, fieldLabel, findField } from '../../../domain/fields';
import { englishTranslator } from '../../../i18n/english';
import type { Translator } from '../../../i18n/translator';

/** Messages by dotted path ("start.at", "events.1.at"); "" holds messages about the whole scenario. */
export type ScenarioMessages = ReadonlyMap<string, string[]>;

const add = (map: Map<string, string[]>, path: string, message: string) => {
  const list = map.get(path) ?? [];
  if (!list.includes(message)) list.push(message);
  map.set(path, list);
};

/** A schema issue as a sentence for the person editing: zod's own wording is for programmers. */
function issueMessage(issue: z.core.$ZodIssue, translator: Translator): string {
  const { t } = translator;
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_format':
      if (issue.format === 'datetime') return t('scenario.problem.instant');
      if (last === 'name') return t('scenario.problem.customFieldName');
      return t('scenario.problem.duration');
    case 'invalid_union':
      // The only unions a scenario edits by hand: a time (instant or duration) and an expectation.
      return issue.path[0] === 'expect' ? t('scenario.problem.expectation') : t('scenario.problem.when');
    case 'invalid_type':
      if (issue.expected === 'boolean') return t('scenario.problem.boolean');
      if (issue.expected === 'int') return t('scenario.problem.integer');
      if (issue.expected === 'number') return t('scenario.problem.number');
      if (issue.expected === 'string') return t('scenario.problem.text');
      return t('scenario.problem.invalid');
    case 'invalid_value':
      return t('scenario.problem.choice');
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return t('scenario.problem.empty');
      return issue.inclusive === false
        ? t('scenario.problem.moreThan', { min: translator.number(Number(issue.minimum)) })
        : t('scenario.problem.atLeast', { min: translator.number(Number(issue.minimum)) });
    case 'too_big':
    case 'not_multiple_of':
    case 'unrecognized_keys':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return t('scenario.problem.invalid');
  }
}

/**
 * What is wrong with a scenario being edited: the scenario schema's issues (the same check import
 * and the engine make) plus what only the flow knows (the start status, reaction robots) and dates
 * the schema keeps as free strings.
 */
export function scenarioMessages(
  flow: Flow,
  scenario: Scenario,
  translator: Translator = englishTranslator,
): ScenarioMessages {
  const { t } = translator;
  const map = new Map<string, string[]>();
  const parsed = scenarioSchema.safeParse(scenario);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      add(map, issue.path.map(String).join('.'), issueMessage(issue, translator));
  if (!flow.statuses.some((s) => s.id === scenario.start?.status))
    add(map, 'start.status', t('scenario.problem.startStatus'));
  const robots = new Set(flow.robots.map((r) => r.id as string));
  scenario.reactions?.forEach((r, i) => {
    if (r.robot !== undefined && !robots.has(r.robot))
      add(map, `reactions.${i}.robot`, t('scenario.problem.reactionRobot'));
  });
  for (const f of datetimeFields()) {
    if (f.group !== 'order') continue;
    const key = f.path.slice('order.'.length);
    const value = (scenario.order as Record<string, unknown>)[key];
    if (typeof value === 'string' && value !== '' && Number.isNaN(Date.parse(value)))
      add(map, f.path, t('scenario.problem.orderDate'));
  }
  return map;
}

/** Every problem of a scenario as one line, "Start time: …", for the summaries above the editor and the run. */
export function scenarioProblems(
  flow: Flow,
  scenario: Scenario,
  translator: Translator = englishTranslator,
): string[] {
  return [...scenarioMessages(flow, scenario, translator)].flatMap(([path, list]) =>
    list.map((message) => problemLine(path, message, translator)),
  );
}

/** "Start time: Expected …": a message with where it points. */
export function problemLine(
  path: string,
  message: string,
  translator: Translator = englishTranslator,
): string {
  return translator.t('scenario.problems.item', { where: describePath(path, translator), message });
}

const LIST_PART = {
  events: { at: 'time', type: 'type', data: 'data' },
  reactions: { on: 'on', robot: 'robot', after: 'after', emit: 'emit' },
  expect: {
    robot: 'robot',
    status: 'status',
    is: 'is',
    by: 'by',
    output: 'output',
    contains: 'value',
    equals: 'value',
    field: 'field',
  },
} as const satisfies Record<string, Record<string, string>>;

/**
 * "events.1.at" → "Event 2, time": where a summary message points, in the words of the editor's
 * labels (never a JSON path). A path the editor has no words for reads as its section.
 */
export function describePath(path: string, translator: Translator = englishTranslator): string {
  const { t } = translator;
  const [head = '', second, third, fourth] = path.split('.');
  const n = Number(second) + 1;
  const numbered = second !== undefined && /^\d+$/.test(second);
  switch (head) {
    case '':
      return t('scenario.where.scenario');
    case 'name':
      return t('scenario.start.name');
    case 'start':
      return second === 'status' ? t('scenario.start.status') : t('scenario.start.at');
    case 'until':
      return t('scenario.start.until');
    case 'limits':
      return second === 'maxEntries' ? t('scenario.start.maxEntries') : t('scenario.start.maxTransitions');
    case 'order':
      if (second === 'custom' && third) return t('scenario.order.custom', { name: third });
      // A key the field catalog lacks (orders are open to backend keys) reads as the section.
      return second && findField(`order.${second}`)
        ? fieldLabel(`order.${second}`, translator)
        : t('scenario.order.title');
    case 'contact':
    case 'company': {
      if (second === 'name')
        return head === 'contact' ? t('scenario.party.contactName') : t('scenario.party.companyName');
      if (second === 'chat') return t('scenario.party.chat');
      if ((second === 'phones' || second === 'emails') && third !== undefined && /^\d+$/.test(third))
        return t('scenario.party.item', { list: listOf(head, second), number: Number(third) + 1 });
      return t('scenario.party.title');
    }
    case 'environment':
      return second === 'codeSequence'
        ? t('scenario.environment.codeSequence')
        : t('scenario.environment.title');
    case 'events':
    case 'reactions':
    case 'expect': {
      if (!numbered) return t(`scenario.where.${head}`);
      const parts: Record<string, string> = LIST_PART[head];
      const key = third === 'emit' ? (fourth === 'data' ? 'emitData' : 'emit') : parts[third ?? ''];
      return t(`scenario.where.${head}Item`, { number: n, part: key ?? 'none' });
    }
    case 'skips':
      return numbered ? t('scenario.where.skip', { number: n }) : t('scenario.where.scenario');
    default:
      return t('scenario.where.scenario');
  }
}

/** The four contact-point lists, as a select argument of the messages naming them. */
export type ContactList = 'contactPhones' | 'contactEmails' | 'companyPhones' | 'companyEmails';

export function listOf(owner: 'contact' | 'company', noun: 'phones' | 'emails'): ContactList {
  return `${owner}${noun === 'phones' ? 'Phones' : 'Emails'}`;
}
