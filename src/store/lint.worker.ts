/// <reference lib="webworker" />
/*
 * Lint of a large design, off the page's thread (see lint.ts; what crosses, lintTransfer.ts).
 */
import { lintFlow } from '../domain/lint';
import { loadSamples } from '../domain/samples/byLocale';
import { loadTranslator } from '../i18n/load';
import type { Locale } from '../i18n/locales';
import type { Translator } from '../i18n/translator';
import { lintWorkerCore } from './lintWorkerCore';
import type { LintRequest } from './lintWorkerProtocol';

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

const handle = lintWorkerCore(async (flow, env, locale) => {
  // SMS lengths are measured with the sample order of the designer's language, as on the page.
  const [translator] = await Promise.all([translatorFor(locale), loadSamples(locale)]);
  return lintFlow(flow, env, translator);
});
const scope = self as unknown as DedicatedWorkerGlobalScope;
// A rejected promise here would fire no error event on the page: the core answers failures instead,
// or the page would wait for ever and show an empty problems list as "No problems".
scope.onmessage = (event: MessageEvent<LintRequest>) => {
  void handle(event.data).then((response) => scope.postMessage(response));
};
