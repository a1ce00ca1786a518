import type { EffectContext } from '../domain/catalog/types';
import type { Interval } from '../domain/delay';
import type { Status } from '../domain/flow';
import type { Company, Contact, Environment, OrderFields } from '../domain/scenario';
import type { TemplatePart } from '../domain/templates';
import { formatTemplateValue, parseTemplate } from '../domain/templates';
import type { FieldSource, Json } from './fields';
import { readField } from './fields';
import { addUnits, calendarParts, formatInstant, parseInstant } from './time';

/** The run-wide counters an effect reads through its context; they travel in snapshots. */
export interface ContextCounters {
  codesGenerated: number;
  previousMailboxId: string | undefined;
  objectIds: Record<string, number>;
}

const templates = new Map<string, TemplatePart[]>();

/** A parsed template, cached: the same texts render once per robot run across many orders. */
function parsed(text: string): TemplatePart[] {
  let parts = templates.get(text);
  if (!parts) {
    if (templates.size >= 10_000) templates.clear();
    parts = parseTemplate(text);
    templates.set(text, parts);
  }
  return parts;
}

/**
 * The engine's EffectContext. One instance serves a whole run: the interpreter updates `robotId`
 * and `now` before each effect instead of allocating a context per robot run.
 */
export class EngineContext implements EffectContext {
  robotId = '';
  now = '';

  constructor(
    readonly timezone: string,
    readonly env: Environment,
    readonly statuses: readonly Status[],
    private readonly src: FieldSource,
    private readonly counters: ContextCounters,
  ) {}

  get order(): Readonly<OrderFields> {
    return this.src.order as OrderFields;
  }
  get contact(): Readonly<Contact> {
    return this.src.contact as Contact;
  }
  get company(): Readonly<Company> | null {
    return this.src.company as Company | null;
  }
  get previousMailboxId(): string | undefined {
    return this.counters.previousMailboxId;
  }
  get codeSequence(): number {
    return this.env.codeSequence + this.counters.codesGenerated;
  }

  get = (path: string): unknown => readField(this.src, path);

  render = (template: string): string => {
    const parts = parsed(template);
    let out = '';
    for (const part of parts)
      out += part.kind === 'text' ? part.value : formatTemplateValue(this.get(part.path));
    return out;
  };

  nextObjectId(kind: string): string {
    const n = (this.counters.objectIds[kind] ?? 0) + 1;
    this.counters.objectIds[kind] = n;
    return `${kind}-${n}`;
  }

  addInterval(instant: string, interval: Interval): string {
    const ms = parseInstant(instant);
    if (ms === undefined) throw new Error(`Not an instant: "${instant}"`);
    return formatInstant(addUnits(ms, interval.value, interval.unit, this.timezone));
  }

  calendar(instant: string) {
    const ms = parseInstant(instant);
    if (ms === undefined) throw new Error(`Not an instant: "${instant}"`);
    return calendarParts(ms, this.timezone);
  }
}

export type { Json };
