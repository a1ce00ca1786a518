import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { loadSamples } from '../../../src/domain/samples';
import { loadTranslator } from '../../../src/i18n/load';
import type { LintRequest, LintResponse } from '../../../src/store/lintWorkerProtocol';
import { flowWith, robot } from '../lint/helpers';

/*
 * The lint worker's own module, run here with a stand-in for its global scope: its answer for a
 * Russian designer measures SMS texts with the Russian sample order, as the page's lint does.
 */
const flow = flowWith(
  (d) =>
    (robot(d, 'n_sms').settings.text =
      'Hello {{contact.name}}, thank you for your order! We will text you when it ships.'),
);

afterEach(() => vi.unstubAllGlobals());

async function askWorker(request: LintRequest): Promise<LintResponse> {
  const scope: { onmessage?: (event: MessageEvent<LintRequest>) => void; postMessage?: unknown } = {};
  const answered = new Promise<LintResponse>((resolve) => (scope.postMessage = resolve));
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('../../../src/store/lint.worker');
  scope.onmessage!({ data: request } as MessageEvent<LintRequest>);
  return answered;
}

describe('the lint worker in Russian', () => {
  it('loads the Russian samples itself and agrees with the page', async () => {
    // Asked first, before anything here loaded the Russian samples: the worker must load them.
    const answer = await askWorker({
      seq: 1,
      flow: { whole: JSON.stringify(flow) },
      env: DEFAULT_ENVIRONMENT,
      locale: 'ru',
    });
    await loadSamples('ru');
    const onPage = lintFlow(flow, DEFAULT_ENVIRONMENT, await loadTranslator('ru'));
    expect(answer).toEqual({ seq: 1, problems: onPage });
    const parts = onPage.filter((p) => p.code === 'OF809').map((p) => p.message);
    expect(parts).toEqual([expect.stringMatching(/уйдёт 2 частями: в тексте 78 символов в кодировке UCS-2/)]);
  });
});
