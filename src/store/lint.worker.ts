/// <reference lib="webworker" />
/*
 * Lint of a large design, off the page's thread (see lint.ts). The flow comes as JSON text: one
 * string is cheaper for the page to hand over than a structured clone of thousands of objects.
 */
import type { Flow } from '../domain/flow';
import { lintFlow } from '../domain/lint';
import { loadSamples } from '../domain/samples/byLocale';
import { loadTranslator } from '../i18n/load';
import type { Locale } from '../i18n/locales';
import type { Translator } from '../i18n/translator';
import type { LintRequest, LintResponse } from './lintWorkerProtocol';

// One translator per language, loaded (Russian on demand) the first time a request asks for it.
const translators = new Map<Locale, Promise<Translator>>();
function translatorFor(locale: Locale): Promise<Translator> {
  let translator = translators.get(locale);
  if (!translator) {
    translator = loadTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Answers keep the order of requests: each waits for the one before it (a language may still be loading).
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<LintRequest>) => {
  const { seq, flowJson, env, locale } = event.data;
  queue = queue.then(async () => {
    let response: LintResponse;
    try {
      // SMS lengths are measured with the sample order of the designer's language, as on the page.
      const [translator] = await Promise.all([translatorFor(locale ?? 'en'), loadSamples(locale ?? 'en')]);
      response = { seq, problems: lintFlow(JSON.parse(flowJson) as Flow, env, translator) };
    } catch (error) {
      // A rejected promise here fires no error event on the page: without an answer the page would
      // wait for ever and show an empty problems list as "No problems".
      response = { seq, failed: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(response);
  });
};
