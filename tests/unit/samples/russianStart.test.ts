import { describe, expect, it } from 'vitest';
import { scenariosFor } from '../../../src/app/SimulatorPane';
import { DEFAULT_FLOW, defaultFlowFor } from '../../../src/domain/samples';
import { DEFAULT_FLOW_RU } from '../../../src/domain/samples/russian';
import { seedFlows } from '../../../mocks/fixtures/flows';
import { FLOW_STORAGE_KEY, loadSavedFlow, loadScenarios, sampleScenariosOfFlow } from '../../../src/store';
import { memoryStorage } from '../store/storageDouble';

/* A designer that starts in Russian opens a Russian design when nothing is saved, and only then. */

describe('the first design of a designer starting in Russian', () => {
  it('is the Russian default when nothing is saved', () => {
    const loaded = loadSavedFlow(memoryStorage(), defaultFlowFor('ru'));
    expect(loaded).toEqual({ flow: DEFAULT_FLOW_RU, source: 'default' });
    expect(loaded.flow.statuses[0]?.name).toBe('Принят, ожидает оплаты');
    expect(loaded.flow.robots[0]?.name).toBe('Присвоить номер заказа');
  });

  it('is the saved design as it is when one is saved, in any language', () => {
    const english = JSON.stringify({ ...DEFAULT_FLOW, name: 'My shop' });
    const loaded = loadSavedFlow(memoryStorage({ [FLOW_STORAGE_KEY]: english }), defaultFlowFor('ru'));
    expect(loaded.source).toBe('saved');
    expect(loaded.flow.name).toBe('My shop');
    expect(loaded.flow.statuses[0]?.name).toBe('Accepted, awaiting payment');
    const russian = JSON.stringify(DEFAULT_FLOW_RU);
    expect(
      loadSavedFlow(memoryStorage({ [FLOW_STORAGE_KEY]: russian }), defaultFlowFor('en')).flow.statuses[2]
        ?.name,
    ).toBe('Отгружен');
  });

  it('falls back to the Russian default, saying why, when the saved copy is broken', () => {
    const broken = loadSavedFlow(memoryStorage({ [FLOW_STORAGE_KEY]: '{oops' }), defaultFlowFor('ru'));
    expect(broken).toMatchObject({ source: 'default', problem: expect.stringMatching(/JSON/) });
    expect(broken.flow).toBe(DEFAULT_FLOW_RU);
  });
});

describe('the samples the simulator starts with', () => {
  it('are the Russian ones for the Russian design, even when the designer now shows English', () => {
    const names = loadScenarios(
      memoryStorage(),
      DEFAULT_FLOW_RU.id,
      undefined,
      sampleScenariosOfFlow(DEFAULT_FLOW_RU, 'en'),
    ).map((s) => s.name);
    expect(names).toEqual(['Оплачен и доставлен', 'Заказ не оплачен', 'У клиента нет мобильного']);
    expect(scenariosFor(DEFAULT_FLOW_RU, [], undefined, 'en')[0]?.contact.name).toBe('Анна Смирнова');
  });

  it('are the English ones for the English design, even in Russian', () => {
    expect(scenariosFor(DEFAULT_FLOW, [], undefined, 'ru')[0]?.name).toBe('Paid and delivered');
    expect(loadScenarios(undefined, DEFAULT_FLOW.id)[0]?.contact.name).toBe('Emma Wilson');
  });

  it('start at 09:00 Moscow time, in roubles', () => {
    const [first] = sampleScenariosOfFlow(DEFAULT_FLOW_RU, 'ru')();
    expect(first?.start.at).toBe('2025-03-03T06:00:00Z');
    expect(first?.order.currency).toBe('RUB');
    expect(first?.contact.phones[0]?.value).toMatch(/^\+7 /);
  });
});

describe("the demo backend's flows", () => {
  it('are seeded in the language the designer starts in', () => {
    expect(seedFlows('ru').map((r) => r.flow.name)).toEqual([
      'Заказы интернет-магазина',
      'Самовывоз из магазина',
    ]);
    expect(seedFlows().map((r) => r.flow.name)).toEqual(['Online store — default', 'Pickup in store']);
    expect(seedFlows('ru')[0]?.publishedFlow?.statuses[0]?.name).toBe('Принят, ожидает оплаты');
  });
});
