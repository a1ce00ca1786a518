import { robotDefinition, triggerDefinition } from './catalog';
import { RESPONSIBLE, SUPERVISOR } from './catalog/robots/shared/employees';
import { findField } from './fields';
import type { Flow, Robot, Trigger } from './flow';
import { DEFAULT_ENVIRONMENT } from './reference/defaultEnvironment';
import type { Environment, EnvironmentInput } from './scenario';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { fieldLabel } from './fields';

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
  /** A robot's plain name (robotTitle) and its type, by id: how an insert of its output reads. */
  robotName(id: string): string | undefined;
  robotType(id: string): Robot['type'] | undefined;
}

export interface NamerOptions {
  /** Append the id for readers who work with ids (the CLI): `“Canceled” (D)`. */
  ids?: boolean;
  /** The language of the namer's own words ("a deleted status", "(2nd in Paid)"); English by default. */
  t?: Translator;
}

const titleOf = (def: unknown): string | undefined => (def as { title?: string } | undefined)?.title;

/** A catalog title in the translator's language, else the declaration's own English. */
function typeTitle(
  kind: 'robot' | 'trigger',
  type: string,
  def: unknown,
  translator: Translator,
): string | undefined {
  const key = `${kind}.${type}.title`;
  return translator.has(key) ? translator.t(key as Parameters<Translator['t']>[0]) : titleOf(def);
}

export const robotTitle = (robot: Robot, translator: Translator = englishTranslator): string =>
  robot.name?.trim() || typeTitle('robot', robot.type, robotDefinition(robot.type), translator) || robot.type;

export const triggerTitle = (trigger: Trigger, translator: Translator = englishTranslator): string =>
  trigger.name?.trim() ||
  typeTitle('trigger', trigger.type, triggerDefinition(trigger.type), translator) ||
  trigger.type;

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** How a dangling reference into a reference list reads. */
const UNKNOWN_ENTRY = {
  mailboxes: 'catalog.names.unknown.mailbox',
  numbers: 'catalog.names.unknown.line',
  smsProviders: 'catalog.names.unknown.smsProvider',
  workflows: 'catalog.names.unknown.workflow',
  forms: 'catalog.names.unknown.form',
  openChannels: 'catalog.names.unknown.channel',
  documentTemplates: 'catalog.names.unknown.template',
  voices: 'catalog.names.unknown.voice',
} as const satisfies Record<NamedList, string>;

/*
 * Titles compared case-blind, remembered per card object and language: an edit leaves all but one
 * card the same object, and a design of 5,000 robots is grouped by title on every edit.
 */
const titleKeys = new WeakMap<Translator, WeakMap<object, string>>();
function titleKey<C extends object>(
  card: C,
  title: (card: C, t: Translator) => string,
  translator: Translator,
) {
  let keys = titleKeys.get(translator);
  if (!keys) titleKeys.set(translator, (keys = new WeakMap()));
  let key = keys.get(card);
  if (key === undefined) keys.set(card, (key = title(card, translator).toLocaleLowerCase()));
  return key;
}

interface Placed {
  id: string;
  status: string;
  /** The title, lower-cased: cards grouped by it. */
  title: string;
}

/**
 * Where each card whose title another card shares sits: "(in Paid)" when it is the only one of
 * that title in its status, else "(2nd in Paid)" counting the same-titled cards of that status in
 * document order. Cards with a title of their own need no place. The grouping is done at once (one
 * pass); the words only when a card's name is asked for: a namer is built on every edit of a design
 * of thousands of cards, and one sentence per card would cost more than the edit itself.
 */
function places(
  cards: readonly Placed[],
  statusName: (id: string) => string,
  { t }: Translator,
): (id: string) => string | undefined {
  const byTitle = new Map<string, Map<string, Placed[]>>();
  for (const card of cards) {
    const key = card.title;
    let lanes = byTitle.get(key);
    if (!lanes) byTitle.set(key, (lanes = new Map()));
    const lane = lanes.get(card.status);
    if (lane) lane.push(card);
    else lanes.set(card.status, [card]);
  }
  const where = new Map<string, { status: string; n: number; of: number }>();
  for (const lanes of byTitle.values()) {
    const [only] = lanes.values();
    if (lanes.size === 1 && only!.length < 2) continue;
    for (const [status, lane] of lanes)
      lane.forEach((card, i) => where.set(card.id, { status, n: i + 1, of: lane.length }));
  }
  return (id) => {
    const place = where.get(id);
    if (!place) return undefined;
    const status = statusName(place.status);
    return place.of > 1
      ? t('catalog.names.place.nth', { n: place.n, status })
      : t('catalog.names.place.only', { status });
  };
}

/** Names for people of one design's statuses, robots, triggers and people (docs/semantics.md §7 for the lists). */
export function namer(flow: Flow, env?: EnvironmentInput | Environment, options: NamerOptions = {}): Namer {
  const ids = options.ids ?? false;
  const translator = options.t ?? englishTranslator;
  // One namer per document version, lists, language and id mode: the inspector, the commands and
  // the messages of one edit all name the same version.
  const known = namers.get(flow);
  const hit = known?.find((n) => n.env === env && n.translator === translator && n.ids === ids);
  if (hit) return hit.names;
  const names = buildNamer(flow, env, ids, translator);
  if (known) known.push({ env, translator, ids, names });
  else namers.set(flow, [{ env, translator, ids, names }]);
  return names;
}

const namers = new WeakMap<
  Flow,
  { env: EnvironmentInput | Environment | undefined; translator: Translator; ids: boolean; names: Namer }[]
>();

function buildNamer(
  flow: Flow,
  env: EnvironmentInput | Environment | undefined,
  ids: boolean,
  translator: Translator,
): Namer {
  const { t } = translator;
  const quote = (text: string) => t('catalog.names.quoted', { text });
  const statuses = new Map<string, string>();
  for (const s of flow.statuses)
    if (!statuses.has(s.id)) statuses.set(s.id, s.name.trim() || t('catalog.names.unnamedStatus'));
  const robots = new Map<string, Robot>();
  for (const r of flow.robots) if (!robots.has(r.id)) robots.set(r.id, r);
  const triggers = new Map<string, Trigger>();
  for (const t of flow.triggers) if (!triggers.has(t.id)) triggers.set(t.id, t);

  const laneName = (id: string) => statuses.get(id) ?? t('catalog.names.deletedStatus');
  // Grouped on the first card named: many namers only ever name statuses or people.
  let robotPlacesOf: ((id: string) => string | undefined) | undefined;
  const robotPlaces = (id: string) =>
    (robotPlacesOf ??= places(
      [...robots.values()].map((r) => ({
        id: r.id,
        status: r.status,
        title: titleKey(r, robotTitle, translator),
      })),
      laneName,
      translator,
    ))(id);
  let triggerPlacesOf: ((id: string) => string | undefined) | undefined;
  const triggerPlaces = (id: string) =>
    (triggerPlacesOf ??= places(
      [...triggers.values()].map((g) => ({
        id: g.id,
        status: g.status,
        title: titleKey(g, triggerTitle, translator),
      })),
      laneName,
      translator,
    ))(id);
  const withId = (text: string, id: string) => (ids ? t('catalog.names.withId', { name: text, id }) : text);
  const lists = { ...DEFAULT_ENVIRONMENT, ...(env ?? {}) } as Environment;
  const employees = new Map((lists.employees ?? []).map((e) => [e.id, e.name]));

  const card = (title: string, place: string | undefined, quoted: boolean) => {
    const text = quoted ? quote(title) : title;
    return place ? t('catalog.names.placed', { name: text, place }) : text;
  };
  const deleted = (key: Parameters<typeof t>[0], id: string) =>
    ids && id ? t('catalog.names.withId', { name: t(key), id }) : t(key);

  return {
    status(id, quoted = false) {
      const name = statuses.get(id);
      if (name === undefined) return deleted('catalog.names.deletedStatus', id);
      return withId(quoted || ids ? quote(name) : name, id);
    },
    robot(id, quoted = true) {
      const robot = robots.get(id);
      if (!robot) return deleted('catalog.names.deletedRobot', id);
      return withId(card(robotTitle(robot, translator), robotPlaces(id), quoted), id);
    },
    trigger(id, quoted = true) {
      const trigger = triggers.get(id);
      if (!trigger) return deleted('catalog.names.deletedTrigger', id);
      return withId(card(triggerTitle(trigger, translator), triggerPlaces(id), quoted), id);
    },
    employee(id) {
      if (id === RESPONSIBLE) return t('catalog.names.responsible');
      if (id === SUPERVISOR) return t('catalog.names.supervisor');
      const name = employees.get(id);
      return name === undefined ? t('catalog.names.unknown.employee') : withId(name, id);
    },
    listed(list, id) {
      const entry = ((lists[list] ?? []) as { id: string; name: string }[]).find((e) => e.id === id);
      return entry ? withId(entry.name, id) : t(UNKNOWN_ENTRY[list]);
    },
    field(path) {
      if (findField(path)) return fieldLabel(path, translator);
      return path.startsWith('order.custom.')
        ? path.slice('order.custom.'.length)
        : t('catalog.names.unknown.field');
    },
    robotTitle: (robot) => robotTitle(robot, translator),
    triggerTitle: (trigger) => triggerTitle(trigger, translator),
    hasStatus: (id) => statuses.has(id),
    hasRobot: (id) => robots.has(id),
    hasTrigger: (id) => triggers.has(id),
    robotName: (id) => {
      const robot = robots.get(id);
      return robot && robotTitle(robot, translator);
    },
    robotType: (id) => robots.get(id)?.type,
  };
}

/** What a catalog summary is given besides the settings: the design's names and the language to write in. */
export interface SummaryContext {
  readonly names: Namer;
  /** The summary's language; its namer should speak the same one. */
  readonly t: Translator;
}
