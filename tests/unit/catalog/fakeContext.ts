import { DateTime } from 'luxon';
import { ROBOT_DEFINITIONS } from '../../../src/domain/catalog';
import type { EffectContext, EffectResult, EffectSuccess } from '../../../src/domain/catalog';
import type { Interval } from '../../../src/domain/delay';
import type { Status } from '../../../src/domain/flow';
import { statusId } from '../../../src/domain/ids';
import { resolveEnvironment } from '../../../src/domain/reference/defaultEnvironment';
import type { Company, Contact, Environment, OrderFields } from '../../../src/domain/scenario';
import { renderTemplate } from '../../../src/domain/templates';
import type { RobotType } from '../../../src/domain/types';

/** What a test may set; everything else gets a small, realistic default. */
export interface FakeContextInput {
  robotId?: string;
  now?: string;
  timezone?: string;
  env?: Partial<Environment>;
  statuses?: { id: string; semantics: Status['semantics'] }[];
  order?: OrderFields;
  contact?: Partial<Contact>;
  company?: Partial<Company> | null;
  /** Outputs of earlier robots, read as robots.ID.KEY. */
  outputs?: Record<string, Record<string, unknown>>;
  previousMailboxId?: string;
  codeSequence?: number;
}

const DEFAULT_STATUSES: FakeContextInput['statuses'] = [
  { id: 'N', semantics: 'process' },
  { id: 'P', semantics: 'process' },
  { id: 'F', semantics: 'success' },
  { id: 'D', semantics: 'failure' },
];

function readPath(root: unknown, parts: readonly string[]): unknown {
  let value = root;
  for (const part of parts) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * A stand-in for the engine's EffectContext, built from plain data: paths read the order, contact,
 * company, the responsible employee and earlier outputs; templates render with the real renderer;
 * intervals and calendar parts use luxon in the given time zone.
 */
export function fakeContext(input: FakeContextInput = {}): EffectContext {
  const env = resolveEnvironment(input.env);
  const order: OrderFields = input.order ?? { id: '1', responsibleId: 'e2' };
  const contact: Contact = { name: 'Anna', phones: [], emails: [], chat: '', ...input.contact };
  const company: Company | null = input.company
    ? { name: '', phones: [], emails: [], ...input.company }
    : null;
  const timezone = input.timezone ?? 'UTC';
  const counters = new Map<string, number>();

  const get = (path: string): unknown => {
    const [head, ...rest] = path.split('.');
    if (head === 'order') return readPath(order, rest);
    if (head === 'contact') return readPath(contact, rest);
    if (head === 'company') return readPath(company, rest);
    if (head === 'robots') return readPath(input.outputs ?? {}, rest);
    if (head === 'responsible')
      return readPath(
        env.employees.find((e) => e.id === order.responsibleId),
        rest,
      );
    return undefined;
  };

  return {
    robotId: input.robotId ?? 'r1',
    now: input.now ?? '2024-03-29T17:30:00.000Z',
    timezone,
    env,
    statuses: (input.statuses ?? DEFAULT_STATUSES)!.map((s) => ({
      id: statusId(s.id),
      name: s.id,
      semantics: s.semantics,
      color: '#000000',
    })),
    order,
    contact,
    company,
    get,
    render: (template) => renderTemplate(template, get),
    previousMailboxId: input.previousMailboxId,
    codeSequence: input.codeSequence ?? env.codeSequence,
    nextObjectId: (kind) => {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `${kind}-${n}`;
    },
    addInterval: (instant: string, interval: Interval) => {
      const start = DateTime.fromISO(instant, { zone: timezone });
      return new Date(start.plus({ [interval.unit]: interval.value }).toMillis()).toISOString();
    },
    calendar: (instant) => {
      const t = DateTime.fromISO(instant, { zone: timezone });
      return { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute };
    },
  };
}

/** Runs a robot type's effect, as the engine would, on settings and a context. */
export function runEffect(
  type: RobotType,
  settings: Record<string, unknown>,
  ctx: EffectContext,
): EffectResult {
  return ROBOT_DEFINITIONS[type].effect(settings, ctx);
}

/** The success branch of a result; fails the test with the error when the robot failed. */
export function succeeded(result: EffectResult): EffectSuccess {
  if (!result.ok) throw new Error(`Expected success, got failure: ${result.error}`);
  return result;
}

/** The error of a failed result; fails the test when the robot succeeded. */
export function failure(result: EffectResult): string {
  if (result.ok) throw new Error(`Expected a failure, got output ${JSON.stringify(result.output)}`);
  return result.error;
}
