import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/domain/flow';
import { lintFlow } from '../../../src/domain/lint';
import {
  DEFAULT_FLOW,
  SAMPLE_SCENARIOS,
  defaultFlowFor,
  newFlowFor,
  sampleScenariosFor,
  samplesLanguageOf,
} from '../../../src/domain/samples';
import { DEFAULT_FLOW_RU, SAMPLE_SCENARIOS_RU } from '../../../src/domain/samples/russian';
import { smsParts } from '../../../src/domain/sms';
import { renderTemplate } from '../../../src/domain/templates';
import { simulate } from '../../../src/engine';
import { judgeExpectations } from '../../../src/engine/expectations';

/* The default design a designer starting in Russian opens: Russian texts, the English design's behaviour. */

/** What a run did, with times as the wall clock of the flow's own time zone: what must match across languages. */
function shape(flow: Flow, entries: readonly Record<string, unknown>[]) {
  const wall = new Intl.DateTimeFormat('en-GB', {
    timeZone: flow.settings.timezone,
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const local = (v: unknown) => (typeof v === 'string' ? wall.format(new Date(v)) : v);
  return entries.map((e) => ({
    seq: e.seq,
    kind: e.kind,
    at: local(e.at),
    runAt: local(e.runAt),
    status: e.status,
    robot: e.robot,
    trigger: e.trigger,
    from: e.from,
    cause: e.cause,
    reason: e.reason,
    event: e.event,
  }));
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('the Russian default design', () => {
  it('has the statuses a Russian shop uses, Russian robot names and Moscow time', () => {
    expect(DEFAULT_FLOW_RU.statuses.map((s) => s.name)).toEqual([
      'Принят, ожидает оплаты',
      'Оплачен, готовится к отгрузке',
      'Отгружен',
      'Выполнен',
      'Отменён',
    ]);
    expect(DEFAULT_FLOW_RU.robots.find((r) => r.id === 'n_email_reminder')?.name).toBe(
      'Напоминание об оплате',
    );
    expect(DEFAULT_FLOW_RU.triggers.map((t) => t.name)).toEqual([
      'Оплата',
      'Отгрузка',
      'Доставка',
      'Отмена заказа',
    ]);
    expect(DEFAULT_FLOW_RU.settings.timezone).toBe('Europe/Moscow');
    expect(DEFAULT_FLOW.settings.timezone).toBe('America/Los_Angeles');
  });

  it('keeps every id, type, place, delay and condition of the English design', () => {
    const skeleton = (flow: Flow) => ({
      id: flow.id,
      workTime: flow.settings.workTime,
      statuses: flow.statuses.map(({ id, semantics, color }) => ({ id, semantics, color })),
      robots: flow.robots.map(({ id, type, status, after, delay, condition, settings }) => ({
        id,
        type,
        status,
        after,
        delay,
        condition,
        keys: Object.keys(settings),
      })),
      triggers: flow.triggers.map(({ id, type, status, allowBackward, condition }) => ({
        id,
        type,
        status,
        allowBackward,
        condition,
      })),
    });
    expect(skeleton(DEFAULT_FLOW_RU)).toEqual(skeleton(DEFAULT_FLOW));
  });

  it('uses the same inserts in every text as the English design', () => {
    const inserts = (flow: Flow) =>
      flow.robots.map((r) =>
        JSON.stringify(r.settings)
          .match(/\{\{[^}]+\}\}/g)
          ?.sort(),
      );
    expect(inserts(DEFAULT_FLOW_RU)).toEqual(inserts(DEFAULT_FLOW));
  });

  it('lints with exactly the problems of the English design', () => {
    const codes = (flow: Flow) => lintFlow(flow).map((p) => `${p.severity} ${p.code} ${p.path}`);
    expect(codes(DEFAULT_FLOW_RU)).toEqual(codes(DEFAULT_FLOW));
    expect(codes(DEFAULT_FLOW_RU)).toEqual(['info OF810 $.robots[1]', 'info OF810 $.robots[8]']);
  });

  it('sends each Russian SMS in one part with a real order number and tracking number', () => {
    const values: Record<string, string> = {
      'robots.n_code.code': 'ORD-2025-00001',
      'order.accountNumber': 'ORD-2025-00001',
      'order.trackingNumber': 'RA123456785RU',
    };
    for (const r of DEFAULT_FLOW_RU.robots.filter((x) => x.type === 'sms.send')) {
      const text = renderTemplate(String(r.settings.text), (path) => values[path]);
      expect(smsParts(text), text).toMatchObject({ encoding: 'UCS-2', parts: 1 });
    }
  });

  for (const [i, { slug, scenario }] of SAMPLE_SCENARIOS_RU.entries()) {
    it(`${slug}: runs as the English sample, at the same local times, and meets its expectations`, () => {
      const english = SAMPLE_SCENARIOS[i]!;
      expect(english.slug).toBe(slug);
      const ru = plain(simulate(DEFAULT_FLOW_RU, scenario));
      const en = plain(simulate(DEFAULT_FLOW, english.scenario));
      const ruEntries = ru.entries as Record<string, unknown>[];
      const enEntries = en.entries as Record<string, unknown>[];
      expect(ruEntries.length).toBe(enEntries.length);
      expect(shape(DEFAULT_FLOW_RU, ruEntries)).toEqual(shape(DEFAULT_FLOW, enEntries));
      expect((ru.final as { status: string }).status).toBe((en.final as { status: string }).status);
      const verdicts = judgeExpectations(DEFAULT_FLOW_RU, scenario, simulate(DEFAULT_FLOW_RU, scenario));
      expect(verdicts.map((v) => v.holds)).toEqual(
        judgeExpectations(DEFAULT_FLOW, english.scenario, simulate(DEFAULT_FLOW, english.scenario)).map(
          (v) => v.holds,
        ),
      );
      expect(verdicts.filter((v) => !v.holds)).toEqual([]);
    });
  }

  it('writes real Russian messages when a sample runs', () => {
    const run = plain(simulate(DEFAULT_FLOW_RU, SAMPLE_SCENARIOS_RU[1]!.scenario));
    const canceled = (
      run.entries as { robot?: string; kind: string; output?: Record<string, string> }[]
    ).find((e) => e.robot === 'd_email_canceled' && e.kind === 'robot.done');
    expect(canceled?.output?.subject).toBe('Заказ ORD-2025-00001 отменён');
    expect(canceled?.output?.body).toContain('Здравствуйте, Дмитрий Козлов!');
    expect(canceled?.output?.body).toContain('Причина: не оплачен в срок.');
  });
});

describe('choosing by language', () => {
  it('gives the Russian design and samples for Russian, the English ones otherwise', () => {
    expect(defaultFlowFor('ru')).toBe(DEFAULT_FLOW_RU);
    expect(defaultFlowFor('en')).toBe(DEFAULT_FLOW);
    expect(defaultFlowFor('en-XA')).toBe(DEFAULT_FLOW);
    expect(sampleScenariosFor('ru').map((s) => s.scenario.name)).toEqual([
      'Оплачен и доставлен',
      'Заказ не оплачен',
      'У клиента нет мобильного',
    ]);
    expect(sampleScenariosFor('en')).toBe(SAMPLE_SCENARIOS);
  });

  it('names a new design in its language, with the default design inside', () => {
    expect(newFlowFor('ru')).toMatchObject({ id: DEFAULT_FLOW_RU.id, name: 'Новый процесс' });
    expect(newFlowFor('ru').statuses[0]?.name).toBe('Принят, ожидает оплаты');
    expect(newFlowFor('en').name).toBe('New flow');
  });

  it('picks the samples a design was written for, whatever language is shown', () => {
    expect(samplesLanguageOf(DEFAULT_FLOW_RU, 'en')).toBe('ru');
    expect(samplesLanguageOf(DEFAULT_FLOW, 'ru')).toBe('en');
    const elsewhere = { settings: { ...DEFAULT_FLOW.settings, timezone: 'Asia/Yekaterinburg' } };
    expect(samplesLanguageOf(elsewhere, 'ru')).toBe('ru');
  });
});
