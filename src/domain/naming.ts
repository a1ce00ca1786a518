import { robotDefinition, triggerDefinition } from './catalog';
import { RESPONSIBLE, SUPERVISOR } from './catalog/robots/shared/employees';
import { findField } from './fields';
import type { Flow, Robot, Trigger } from './flow';
import { DEFAULT_ENVIRONMENT } from './reference/defaultEnvironment';
import type { Environment, EnvironmentInput } from './scenario';

/*
 * The one place that names the parts of a design for people: cards, the Execution list, lint
 * messages, the problems panel, the Publish refusal, toasts, the simulator's log and coverage all
 * read their names here, so a person meets the same word for the same thing everywhere and never
 * an internal id. The CLI asks for ids too (`ids: true`): “Canceled” (D).
 */

/** The reference lists a setting may point into, besides statuses and employees. */
export type NamedList =
  | 'mailboxes'
  | 'numbers'
  | 'smsProviders'
  | 'workflows'
  | 'forms'
  | 'openChannels'
  | 'documentTemplates'
  | 'voices';

export interface Namer {
  /** A status's name: `Canceled`; quoted, `“Canceled”`. A dangling reference reads "a deleted status". */
  status(id: string, quoted?: boolean): string;
  /**
   * A robot as `“Send SMS”`; a name shared with another robot adds where it is: `“Send SMS” (2nd in
   * Paid)`. Unquoted (`quoted` false) for a column of names: `Send SMS (2nd in Paid)`.
   */
  robot(id: string, quoted?: boolean): string;
  /** A trigger as `“Payment”`, disambiguated like robots. */
  trigger(id: string, quoted?: boolean): string;
  /** `Oleg Petrov`; `the responsible person`; "an unknown employee" for a reference the list lacks. */
  employee(id: string): string;
  /** An entry of a reference list: the workflow `Add loyalty points`, the line `Main line`. */
  listed(list: NamedList, id: string): string;
  /** An order field by its label: `Payment due date`. */
  field(path: string): string;
  /** The plain name a person gave a robot or its type's title, without quotes or disambiguation. */
  robotTitle(robot: Robot): string;
  triggerTitle(trigger: Trigger): string;
  hasStatus(id: string): boolean;
  hasRobot(id: string): boolean;
  hasTrigger(id: string): boolean;
}

export interface NamerOptions {
  /** Append the id for readers who work with ids (the CLI): `“Canceled” (D)`. */
  ids?: boolean;
}

const titleOf = (def: unknown): string | undefined => (def as { title?: string } | undefined)?.title;

export const robotTitle = (robot: Robot): string =>
  robot.name?.trim() || titleOf(robotDefinition(robot.type)) || robot.type;

export const triggerTitle = (trigger: Trigger): string =>
  trigger.name?.trim() || titleOf(triggerDefinition(trigger.type)) || trigger.type;

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** How a dangling reference into a reference list reads. */
const UNKNOWN_ENTRY: Record<NamedList, string> = {
  mailboxes: 'an unknown mailbox',
  numbers: 'an unknown line',
  smsProviders: 'an unknown SMS provider',
  workflows: 'an unknown workflow',
  forms: 'an unknown form',
  openChannels: 'an unknown channel',
  documentTemplates: 'an unknown template',
  voices: 'an unknown voice',
};

const quote = (text: string) => `“${text}”`;

interface Placed {
  id: string;
  status: string;
  title: string;
}

/**
 * Where each card whose title another card shares sits: "(in Paid)" when it is the only one of
 * that title in its status, else "(2nd in Paid)" counting the same-titled cards of that status in
 * document order. Cards with a title of their own need no place.
 */
function places(cards: readonly Placed[], statusName: (id: string) => string): Map<string, string> {
  // Grouped by title, then by status, in one pass: designs of thousands of unnamed "Send SMS" exist.
  const byTitle = new Map<string, Map<string, Placed[]>>();
  for (const card of cards) {
    const key = card.title.toLocaleLowerCase();
    let lanes = byTitle.get(key);
    if (!lanes) byTitle.set(key, (lanes = new Map()));
    const lane = lanes.get(card.status);
    if (lane) lane.push(card);
    else lanes.set(card.status, [card]);
  }
  const where = new Map<string, string>();
  for (const lanes of byTitle.values()) {
    const [only] = lanes.values();
    if (lanes.size === 1 && only!.length < 2) continue;
    for (const [status, lane] of lanes) {
      const name = statusName(status);
      lane.forEach((card, i) =>
        where.set(card.id, lane.length > 1 ? `${ordinal(i + 1)} in ${name}` : `in ${name}`),
      );
    }
  }
  return where;
}

/** Names for people of one design's statuses, robots, triggers and people (docs/semantics.md §7 for the lists). */
export function namer(flow: Flow, env?: EnvironmentInput | Environment, options: NamerOptions = {}): Namer {
  const ids = options.ids ?? false;
  const statuses = new Map<string, string>();
  for (const s of flow.statuses)
    if (!statuses.has(s.id)) statuses.set(s.id, s.name.trim() || 'an unnamed status');
  const robots = new Map<string, Robot>();
  for (const r of flow.robots) if (!robots.has(r.id)) robots.set(r.id, r);
  const triggers = new Map<string, Trigger>();
  for (const t of flow.triggers) if (!triggers.has(t.id)) triggers.set(t.id, t);

  const laneName = (id: string) => statuses.get(id) ?? 'a deleted status';
  const robotPlaces = places(
    [...robots.values()].map((r) => ({ id: r.id, status: r.status, title: robotTitle(r) })),
    laneName,
  );
  const triggerPlaces = places(
    [...triggers.values()].map((t) => ({ id: t.id, status: t.status, title: triggerTitle(t) })),
    laneName,
  );
  const withId = (text: string, id: string) => (ids ? `${text} (${id})` : text);
  const lists = { ...DEFAULT_ENVIRONMENT, ...(env ?? {}) } as Environment;
  const employees = new Map((lists.employees ?? []).map((e) => [e.id, e.name]));

  const card = (title: string, place: string | undefined, quoted: boolean) => {
    const text = quoted ? quote(title) : title;
    return place ? `${text} (${place})` : text;
  };

  return {
    status(id, quoted = false) {
      const name = statuses.get(id);
      if (name === undefined) return ids && id ? `a deleted status (${id})` : 'a deleted status';
      return withId(quoted || ids ? quote(name) : name, id);
    },
    robot(id, quoted = true) {
      const robot = robots.get(id);
      if (!robot) return ids && id ? `a deleted robot (${id})` : 'a deleted robot';
      return withId(card(robotTitle(robot), robotPlaces.get(id), quoted), id);
    },
    trigger(id, quoted = true) {
      const trigger = triggers.get(id);
      if (!trigger) return ids && id ? `a deleted trigger (${id})` : 'a deleted trigger';
      return withId(card(triggerTitle(trigger), triggerPlaces.get(id), quoted), id);
    },
    employee(id) {
      if (id === RESPONSIBLE) return 'the responsible person';
      if (id === SUPERVISOR) return "the responsible person's supervisor";
      const name = employees.get(id);
      return name === undefined ? 'an unknown employee' : withId(name, id);
    },
    listed(list, id) {
      const entry = ((lists[list] ?? []) as { id: string; name: string }[]).find((e) => e.id === id);
      return entry ? withId(entry.name, id) : UNKNOWN_ENTRY[list];
    },
    field(path) {
      return (
        findField(path)?.label ??
        (path.startsWith('order.custom.') ? path.slice('order.custom.'.length) : 'an unknown field')
      );
    },
    robotTitle,
    triggerTitle,
    hasStatus: (id) => statuses.has(id),
    hasRobot: (id) => robots.has(id),
    hasTrigger: (id) => triggers.has(id),
  };
}

/** What a catalog summary is given besides the settings: the design's names (a language may join later). */
export interface SummaryContext {
  readonly names: Namer;
}
