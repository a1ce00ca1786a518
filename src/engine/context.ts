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
  /** Object kinds numbered by the current effect, so a failed or discarded effect can give them back. */
  private readonly allocated: string[] = [];

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

  // Methods, not arrow-function fields: one context is built per simulated order, and per-instance
  // closures cost an allocation each (and a name definition under tsx). Effects call them as methods.
  get(path: string): unknown {
    return readField(this.src, path);
  }

  render(template: string): string {
    const parts = parsed(template);
    let out = '';
    for (const part of parts)
      out += part.kind === 'text' ? part.value : formatTemplateValue(readField(this.src, part.path));
    return out;
  }

  nextObjectId(kind: string): string {
    const n = (this.counters.objectIds[kind] ?? 0) + 1;
    this.counters.objectIds[kind] = n;
    this.allocated.push(kind);
    return `${kind}-${n}`;
  }

  /** The run instant as epoch ms, so effects asking for `now`'s calendar need not parse it back. */
  private nowMs = Number.NaN;

  /** Prepares the context for one effect call. */
  beginEffect(robotId: string, now: string, nowMs: number): void {
    this.robotId = robotId;
    this.now = now;
    this.nowMs = nowMs;
    this.allocated.length = 0;
  }

  private millis(instant: string): number {
    const ms = instant === this.now ? this.nowMs : parseInstant(instant);
    if (ms === undefined || Number.isNaN(ms)) throw new Error(`Not an instant: "${instant}"`);
    return ms;
  }

  /** Undoes the object numbers the current effect took: a failed robot changes nothing (rule 5). */
  rollback(): void {
    for (const kind of this.allocated) this.counters.objectIds[kind]!--;
    this.allocated.length = 0;
  }

  addInterval(instant: string, interval: Interval): string {
    return formatInstant(addUnits(this.millis(instant), interval.value, interval.unit, this.timezone));
  }

  calendar(instant: string) {
    return calendarParts(this.millis(instant), this.timezone);
  }
}

export type { Json };
