import { englishTranslator } from '../../../src/i18n/english';
import { describe, expect, it } from 'vitest';
import { robotDefinition, triggerDefinition } from '../../../src/domain/catalog';
import type { SettingField } from '../../../src/domain/catalog';
import { flowSchema } from '../../../src/domain/flow';
import type { Flow } from '../../../src/domain/flow';
import { lintFlow } from '../../../src/domain/lint';
import { namer } from '../../../src/domain/naming';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { ROBOT_TYPES, TRIGGER_TYPES } from '../../../src/domain/types';

/*
 * People read names, never ids: a design using every robot and trigger type, with every reference
 * filled (statuses, other robots, employees, reference lists), renders every summary and every lint
 * message without one id of the document in it. Ids are chosen so they cannot appear by accident.
 */

const STATUSES = [
  { id: 'st_x9q', name: 'New order', semantics: 'process', color: '#2f80ed' },
  { id: 'st_p4k', name: 'Paid', semantics: 'process', color: '#f2994a' },
  { id: 'st_d7v', name: 'Canceled', semantics: 'failure', color: '#eb5757' },
] as const;

const ENV_IDS = Object.values(DEFAULT_ENVIRONMENT)
  .filter(Array.isArray)
  .flatMap((list) => (list as { id?: string }[]).map((e) => e.id).filter((id): id is string => !!id));

function referenceValue(field: SettingField): unknown {
  const many = field.widget === 'multiselect';
  const list = field.reference;
  const one =
    list === 'statuses'
      ? 'st_d7v'
      : list === 'employees'
        ? 'e4'
        : list === undefined || list === 'customFields'
          ? undefined
          : (DEFAULT_ENVIRONMENT[list] as { id: string }[])[0]?.id;
  if (one === undefined) return undefined;
  return many ? [one, 'e2'] : one;
}

function filled(fields: readonly SettingField[], defaults: Readonly<Record<string, unknown>>) {
  const settings: Record<string, unknown> = { ...defaults };
  for (const field of fields) {
    const value = referenceValue(field);
    if (value !== undefined) settings[field.key] = value;
    else if (field.template && !settings[field.key]) settings[field.key] = `Text for ${field.label}`;
  }
  return settings;
}

/** Every robot type twice in "Paid" (a chain, so names repeat), every trigger type once. */
function everyTypeDesign(): Flow {
  const robots = ROBOT_TYPES.flatMap((type, i) =>
    [0, 1].map((copy) => ({
      id: `rb_${i}_${copy}_zq`,
      type,
      status: 'st_p4k',
      after: copy === 1 ? `rb_${i}_0_zq` : null,
      delay: { type: 'immediate' },
      settings: filled(robotDefinition(type).fields, robotDefinition(type).defaults),
    })),
  );
  const triggers = TRIGGER_TYPES.map((type, i) => ({
    id: `tg_${i}_wy`,
    type,
    status: i % 2 ? 'st_p4k' : 'st_d7v',
    settings: filled(triggerDefinition(type).fields, triggerDefinition(type).defaults),
  }));
  return flowSchema.parse({
    format: 'orderflow.flow',
    version: 1,
    id: 'fl_m3r',
    name: 'Every type',
    settings: { timezone: 'Europe/Berlin' },
    statuses: STATUSES,
    robots,
    triggers,
  });
}

/** The same design broken every way lint knows: dangling references, duplicates, loops, bad values. */
function brokenDesign(): Flow {
  const flow = structuredClone(everyTypeDesign()) as unknown as {
    statuses: Record<string, unknown>[];
    robots: Record<string, unknown>[];
    triggers: Record<string, unknown>[];
  };
  const r = flow.robots;
  r[0]!.after = 'rb_gone_qq';
  r[2]!.status = 'st_gone_kk';
  r[3]!.after = r[5]!.id;
  r[5]!.after = r[3]!.id;
  r[6]!.id = r[7]!.id;
  r[8]!.settings = { ...(r[8]!.settings as object), statusId: 'st_gone_kk' };
  r[9]!.delay = { type: 'after', value: 2, unit: 'days', basis: 'order.nope' };
  r[10]!.condition = { field: 'order.price', op: 'gt', value: 'many' };
  flow.triggers[0]!.executeBy = 'emp_gone_jj';
  flow.triggers[1]!.status = 'st_gone_kk';
  flow.statuses.push({ id: 'st_x9q', name: 'Twin', semantics: 'process', color: '#000000' });
  for (const robot of r.slice(11, 14)) {
    const settings = robot.settings as Record<string, unknown>;
    for (const key of Object.keys(settings))
      if (typeof settings[key] === 'string' && settings[key] !== '')
        settings[key] = `{{robots.${r[15]!.id as string}.nothing}} {{robots.rb_gone_qq.x}}`;
  }
  return flow as unknown as Flow;
}

function idsOf(flow: Flow): string[] {
  return [
    flow.id,
    ...flow.statuses.map((s) => s.id),
    ...flow.robots.map((x) => x.id),
    ...flow.triggers.map((x) => x.id),
    'rb_gone_qq',
    'st_gone_kk',
    'emp_gone_jj',
    ...ENV_IDS,
  ];
}

function expectNoIds(texts: readonly string[], ids: readonly string[]) {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts)
    for (const id of ids)
      expect(text, `${JSON.stringify(text)} shows the id ${id}`).not.toMatch(
        new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`),
      );
}

describe('names, not ids', () => {
  const flow = everyTypeDesign();
  const names = namer(flow);

  it('the design uses every robot and trigger type', () => {
    expect(new Set(flow.robots.map((r) => r.type)).size).toBe(ROBOT_TYPES.length);
    expect(new Set(flow.triggers.map((t) => t.type)).size).toBe(TRIGGER_TYPES.length);
  });

  it('every summary names statuses, people and lists, never by id', () => {
    const summaries = [
      ...flow.robots.map((r) => robotDefinition(r.type).summary(r.settings, { names, t: englishTranslator })),
      ...flow.triggers.map((t) =>
        triggerDefinition(t.type).summary(t.settings, { names, t: englishTranslator }),
      ),
    ];
    expectNoIds(summaries, idsOf(flow));
    expect(summaries).toContain('Cancel → Canceled: “Text for Reason”');
    expect(summaries).toContain('Make Oleg Petrov responsible');
    expect(summaries).toContain('Move to Canceled');
    expect(summaries.some((s) => s.startsWith('Run workflow Add loyalty points'))).toBe(true);
    expect(summaries.some((s) => s.includes('for Oleg Petrov'))).toBe(true);
  });

  it('every lint message of the design and of its broken twin speaks in names', () => {
    const broken = brokenDesign();
    const messages = [...lintFlow(flow), ...lintFlow(broken)].flatMap((p) => [p.message, p.fix?.title ?? '']);
    const codes = new Set(lintFlow(broken).map((p) => p.code));
    // The broken twin reaches the rules that speak of references, chains, ids, delays and inserts.
    for (const code of ['OF302', 'OF303', 'OF701']) expect(codes).toContain(code);
    expectNoIds(messages.filter(Boolean), idsOf(broken));
  });

  it('robots that share a name are told apart by place, and a dangling reference reads as deleted', () => {
    const sms = flow.robots.filter((r) => r.type === 'sms.send');
    expect(sms.map((r) => names.robot(r.id))).toEqual([
      '“Send SMS” (1st in Paid)',
      '“Send SMS” (2nd in Paid)',
    ]);
    expect(names.status('st_gone_kk')).toBe('a deleted status');
    expect(names.robot('rb_gone_qq')).toBe('a deleted robot');
    expect(names.employee('emp_gone_jj')).toBe('an unknown employee');
    expect(namer(flow, undefined, { ids: true }).status('st_d7v')).toBe('“Canceled” (st_d7v)');
  });
});
