import type { Flow } from '../flow';
import type { Locale } from '../../i18n/locales';
import { DEFAULT_FLOW } from './defaultFlow';
import { DEFAULT_FLOW_RU } from './defaultFlow.ru';
import type { SampleScenario } from './scenarios';
import { SAMPLE_SCENARIOS } from './scenarios';
import { SAMPLE_SCENARIOS_RU } from './scenarios.ru';

/*
 * Which default design and samples a designer starts with. They are data, written once per language
 * (a new design, not a translation of a saved one): the designer picks them by the language it
 * starts in, and a design once created keeps its texts whatever language is chosen later.
 */

type SamplesLanguage = 'en' | 'ru';

/** Russian for `ru`, English for English and the pseudo-locale (which shows English data). */
const samplesLanguage = (locale: Locale | string): SamplesLanguage =>
  locale === 'ru' || locale.startsWith('ru-') ? 'ru' : 'en';

const FLOWS: Readonly<Record<SamplesLanguage, Flow>> = { en: DEFAULT_FLOW, ru: DEFAULT_FLOW_RU };
const SCENARIOS: Readonly<Record<SamplesLanguage, readonly SampleScenario[]>> = {
  en: SAMPLE_SCENARIOS,
  ru: SAMPLE_SCENARIOS_RU,
};
/** The name of a design made with "New flow from the default", in the language it is made in. */
const NEW_FLOW_NAMES: Readonly<Record<SamplesLanguage, string>> = { en: 'New flow', ru: 'Новый процесс' };

/** The default design of a language: the same ids and structure in every language, its own texts. */
export const defaultFlowFor = (locale: Locale | string): Flow => FLOWS[samplesLanguage(locale)];

/** The sample scenarios written for the default design of a language. */
export const sampleScenariosFor = (locale: Locale | string): readonly SampleScenario[] =>
  SCENARIOS[samplesLanguage(locale)];

/** A fresh design to start from ("New flow from the default"): the language's default, named as new. */
export const newFlowFor = (locale: Locale | string): Flow => ({
  ...structuredClone(defaultFlowFor(locale)),
  name: NEW_FLOW_NAMES[samplesLanguage(locale)],
});

/**
 * The language whose samples suit a design. The samples start on a Monday at 09:00 in the default
 * design's time zone, so a design in Moscow time gets the Russian ones and one in Los Angeles time
 * the English ones, whatever language the designer shows now; any other design gets those of
 * `locale`.
 */
export function samplesLanguageOf(flow: Pick<Flow, 'settings'>, locale: Locale | string): SamplesLanguage {
  const zone = flow.settings.timezone;
  const byZone = (Object.keys(FLOWS) as SamplesLanguage[]).find((l) => FLOWS[l].settings.timezone === zone);
  return byZone ?? samplesLanguage(locale);
}
