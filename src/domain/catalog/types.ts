import type { z } from 'zod';
import type { Interval } from '../delay';
import type { Status } from '../flow';
import type { SummaryContext } from '../naming';
import type { Company, Contact, Environment, OrderFields } from '../scenario';
import type { EventType, RobotType, TriggerType } from '../types';

/**
 * One declaration per robot or trigger type (docs/semantics.md §3): the palette, the generated inspector form,
 * lint, the simulator and import all read it. Adding a type is adding one module.
 */

export type RobotGroup = 'employees' | 'communications' | 'order';
export type PaletteGroup = RobotGroup | 'triggers';

export const PALETTE_GROUP_TITLES: Record<PaletteGroup, string> = {
  employees: 'For employees',
  communications: 'Client communications',
  order: 'Order',
  triggers: 'Triggers',
};

/** Reference data lists a select may read (docs/semantics.md §7), plus the flow's own statuses. */
export type ReferenceList =
  | 'employees'
  | 'mailboxes'
  | 'numbers'
  | 'smsProviders'
  | 'workflows'
  | 'forms'
  | 'openChannels'
  | 'documentTemplates'
  | 'voices'
  | 'statuses'
  | 'customFields';

/** Icon names; the UI maps each to an inline SVG (nothing is fetched at run time). */
export const ICON_NAMES = [
  'edit',
  'workflow',
  'task',
  'bell',
  'comment',
  'user',
  'status',
  'payment',
  'truck',
  'truck-check',
  'package',
  'cancel',
  'hash',
  'log',
  'document',
  'mail',
  'mail-open',
  'mail-in',
  'send',
  'sms',
  'phone',
  'phone-in',
  'phone-missed',
  'chat',
  'link',
  'form',
  'callback',
  'webhook',
  'globe',
  'return',
  'check',
] as const;
export type IconName = (typeof ICON_NAMES)[number];

export interface Option {
  value: string;
  label: string;
}

/** How the generated settings form edits one setting. */
export type SettingWidget =
  | 'text' // one line
  | 'textarea' // several lines
  | 'number'
  | 'checkbox'
  | 'select' // one of `options`, or of the `reference` list (plus `options` as extra choices such as "auto")
  | 'multiselect' // several of them (recipients, participants)
  | 'stringList' // free strings (a checklist)
  | 'keyValue' // a map of name → template (workflow parameters)
  | 'fieldAssignments' // order.update: a list of {field, value}
  | 'interval' // {value, unit}, e.g. a task deadline
  | 'condition' // a condition, e.g. shipmentCondition over shipment.* fields
  | 'url'
  | 'webhookCode'; // a generated code; the inspector shows the URL a system calls

export interface SettingField {
  key: string;
  label: string;
  widget: SettingWidget;
  required?: boolean;
  /** The value is a template: `{{path}}` inserts are offered and linted. */
  template?: boolean;
  /** Limit on the rendered length (SMS and robocall texts: 200). */
  maxLength?: number;
  options?: readonly Option[];
  reference?: ReferenceList;
  help?: string;
  placeholder?: string;
  /** Shown (and required) only when another setting has this value, e.g. robocall text in text mode. */
  visibleWhen?: { key: string; equals: unknown };
  /** A recording a telephony provider fetches: lint checks it is a public http(s) link to an .mp3 file. */
  recordingLink?: boolean;
  /** The setting names an order field the robot writes (a select of fields; lint checks it exists). */
  writesField?: boolean;
  /** The text is sent as an SMS: the inspector counts its parts, lint reports more than one. */
  smsText?: boolean;
  /**
   * How a trigger setting filters events (docs/semantics.md §3.2). Absent: the event data's field of the same
   * name must equal it. `first`: when true, only events whose `data.first` is true. `shipment`: a
   * condition over the event's `data.shipment` (its paths start with `shipment.`).
   */
  eventFilter?: 'first' | 'shipment';
}

interface DefinitionBase<T extends string, S> {
  type: T;
  title: string;
  /** One sentence for the palette and its search. */
  description: string;
  icon: IconName;
  /** The inspector form, in display order. */
  fields: readonly SettingField[];
  /** Validates complete settings; lint reports its issues with JSON paths. */
  settingsSchema: z.ZodType<S>;
  /** Draft settings placed by the palette (required fields may still be empty). */
  defaults: Readonly<Record<string, unknown>>;
  /**
   * The one-line summary on the card, in plain words with the design's names (never ids); must cope
   * with a half-filled draft.
   */
  summary(settings: Readonly<Partial<S>>, ctx: SummaryContext): string;
}

/** What a robot's effect sees when it runs (the engine provides it; pure, time injected). */
export interface EffectContext {
  readonly robotId: string;
  /** The run instant, UTC ISO with milliseconds. */
  readonly now: string;
  /** The flow's time zone (IANA). */
  readonly timezone: string;
  /** Reference data: the scenario's environment, else the built-in defaults. */
  readonly env: Environment;
  readonly statuses: readonly Status[];
  readonly order: Readonly<OrderFields>;
  readonly contact: Readonly<Contact>;
  readonly company: Readonly<Company> | null;
  /** Reads a path (order.*, contact.*, company.*, responsible.*, robots.ID.KEY) as conditions and templates do. */
  get(path: string): unknown;
  /** Renders a template (docs/semantics.md §4 rule 10). */
  render(template: string): string;
  /** Mailbox id used by the last successful email.send of this run, if any. */
  readonly previousMailboxId: string | undefined;
  /** The sequence number the next generated code takes (environment.codeSequence, then +1 per code). */
  readonly codeSequence: number;
  /** A deterministic id for an object the robot creates (a task, a document): `task-1`, `task-2`, … */
  nextObjectId(kind: string): string;
  /** instant + interval: days as calendar days in the flow's time zone, hours and minutes as elapsed time. */
  addInterval(instant: string, interval: Interval): string;
  /** Calendar parts of an instant in the flow's time zone (for code patterns). */
  calendar(instant: string): { year: number; month: number; day: number; hour: number; minute: number };
}

export type EffectSuccess = {
  ok: true;
  output: Record<string, unknown>;
  /** Field writes by full path, e.g. { 'order.paid': true, 'order.custom.note': 'x' }. */
  set?: Readonly<Record<string, unknown>>;
  /** The robot moves the order (Change status, Cancel order). */
  moveTo?: string;
  /** Cancel order: pending runs are cancelled with reason `order.canceled`. */
  cancels?: boolean;
  /** Events to queue at the robot's time (docs/semantics.md §4 rule 5). */
  emit?: readonly { type: EventType; data?: Record<string, unknown> }[];
  /** The robot generated a code: the run's sequence grows by one. */
  usedCodeSequence?: boolean;
  /** email.send: the mailbox it sent from (becomes the next `auto` sender). */
  mailboxId?: string;
};
export type EffectFailure = { ok: false; error: string };
export type EffectResult = EffectSuccess | EffectFailure;

export type RobotEffect<S> = (settings: S, ctx: EffectContext) => EffectResult;

/** A robot that moves the order: the setting naming the target status, and what the move means. */
export interface MoveDeclaration {
  /** The setting holding the target status id (`statusId`). */
  statusSetting: string;
  /** Cancel order: the target must be a failure status; pending runs are cancelled as `order.canceled`. */
  cancelsOrder: boolean;
}

/** The person or people a robot involves, as the card says it: "Assignee: Maria Lopez". */
export interface PeopleDeclaration {
  role: 'Assignee' | 'To' | 'Responsible';
  /** Employee ids, or `responsible` / `supervisor`, in the order of the settings. */
  refs: string[];
}

/** How one value of a robot's output reads: the UI turns ids into names and instants into local time. */
export type OutputValueKind =
  'text' | 'employee' | 'status' | 'instant' | 'smsProvider' | 'workflow' | 'chat';
export interface OutputRow {
  label: string;
  value: unknown;
  as: OutputValueKind;
}

/** A message to the client that reaches them through a contact point of the order. */
export interface ClientMessage {
  /** The contact field the recipient comes from; the robot fails when the order lacks it. */
  contactField: 'contact.phones' | 'contact.emails' | 'contact.chat';
  /** The phone or email type chosen (`auto`: any), when the field is a list. */
  pointType?: string;
  /** The simulator's failure when the recipient is missing (docs/semantics.md §3.1). */
  missingError: string;
  /** SMS, calls and chat messages ring or buzz the client's phone: one at night is unwelcome. */
  rings: boolean;
}

export interface RobotDefinition<S = Record<string, unknown>> extends DefinitionBase<RobotType, S> {
  kind: 'robot';
  group: RobotGroup;
  /** Events this robot emits when it succeeds (docs/semantics.md §3.1). */
  emits: readonly EventType[];
  /** Change status and Cancel order move the order: their chain ends with the move. Null: it stays. */
  moves: MoveDeclaration | null;
  /*
   * The facts below read settings as stored, before validation (lint reports invalid ones): they
   * must cope with any value, a half-filled draft or a hostile import alike.
   */
  /** The fields (full paths such as `order.paid`) this robot writes when it succeeds with these settings. */
  writes(settings: Readonly<Partial<S>>): readonly string[];
  /** Who the robot involves, for the card; undefined when no one (or the setting is still empty). */
  people(settings: Readonly<Partial<S>>): PeopleDeclaration | undefined;
  /** The message it sends to the client, when it sends one with these settings. */
  clientMessage(settings: Readonly<Partial<S>>): ClientMessage | undefined;
  /**
   * The outputs other robots may insert as {{robots.ID.KEY}}, each key with its label in English
   * (`{ code: 'Code' }`); other languages translate it as `catalog.robot.<type>.output.<key>`.
   */
  outputLabels: Readonly<Record<string, string>>;
  /** How the simulator shows a run's output, row by row (empty values are left out by the UI). */
  output(output: Readonly<Record<string, unknown>>): OutputRow[];
  /** The simulated effect (docs/semantics.md §3.1, §4.1). */
  effect: RobotEffect<S>;
}

export interface TriggerDefinition<S = Record<string, unknown>> extends DefinitionBase<TriggerType, S> {
  kind: 'trigger';
}

/** The keys a robot's output can be inserted by, in declaration order. */
export const outputKeysOf = (def: Pick<RobotDefinition, 'outputLabels'>): string[] =>
  Object.keys(def.outputLabels);

/** Helpers that keep each module's literal type while checking its shape. */
export function defineRobot<S>(def: RobotDefinition<S>): RobotDefinition<S> {
  return def;
}
export function defineTrigger<S>(def: TriggerDefinition<S>): TriggerDefinition<S> {
  return def;
}

/*
 * Registries hold definitions of different settings types side by side. A definition's `effect` and
 * `summary` take its settings as parameters, so no single S fits all of them; `any` is the honest
 * erasure here, and each module stays fully typed where it is written.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRobotDefinition = RobotDefinition<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTriggerDefinition = TriggerDefinition<any>;
