import type { Flow } from '../flow';
import type { Locale } from '../../i18n/locales';
import { DEFAULT_FLOW } from './defaultFlow';
import type { SampleScenario } from './scenarios';
import { SAMPLE_SCENARIOS } from './scenarios';

/*
 * Which default design and samples a designer starts with. They are data, written once per language
 * (a new design, not a translation of a saved one): the designer picks them by the language it
 * starts in, and a design once created keeps its texts whatever language is chosen later.
 */

type SamplesLanguage = 'en' | 'ru';

/** Russian for `ru`, English for English and the pseudo-locale (which shows English data). */
const samplesLanguage = (locale: Locale | string): SamplesLanguage =>
  locale === 'ru' || locale.startsWith('ru-') ? 'ru' : 'en';

interface LanguageSamples {
  flow: Flow;
  scenarios: readonly SampleScenario[];
  /** The name of a design made with "New flow from the default", in the language it is made in. */
  newName: string;
}

/*
 * English is always here; Russian is a module of its own, loaded before the designer shows Russian
 * (loadSamples: at start and on switching), so an English first load does not carry it. Asked for
 * before it is loaded, a language gives English: loadSamples is what callers await first.
 */
const loaded: Partial<Record<SamplesLanguage, LanguageSamples>> = {
  en: { flow: DEFAULT_FLOW, scenarios: SAMPLE_SCENARIOS, newName: 'New flow' },
};
const samplesOf = (language: SamplesLanguage): LanguageSamples => loaded[language] ?? loaded.en!;

/** The time zone of each language's default design, which tells whose samples suit a design. */
const ZONES: Readonly<Record<SamplesLanguage, string>> = {
  en: DEFAULT_FLOW.settings.timezone,
  ru: 'Europe/Moscow',
};

/** Makes the samples of a locale's language available (Russian is fetched once). */
export async function loadSamples(locale: Locale | string): Promise<void> {
  const language = samplesLanguage(locale);
  if (loaded[language]) return;
  const { DEFAULT_FLOW_RU, SAMPLE_SCENARIOS_RU } = await import('./russian');
  loaded.ru = { flow: DEFAULT_FLOW_RU, scenarios: SAMPLE_SCENARIOS_RU, newName: 'Новый процесс' };
}

/** The default design of a language: the same ids and structure in every language, its own texts. */
export const defaultFlowFor = (locale: Locale | string): Flow => samplesOf(samplesLanguage(locale)).flow;

/** The sample scenarios written for the default design of a language. */
export const sampleScenariosFor = (locale: Locale | string): readonly SampleScenario[] =>
  samplesOf(samplesLanguage(locale)).scenarios;

/** A fresh design to start from ("New flow from the default"): the language's default, named as new. */
export const newFlowFor = (locale: Locale | string): Flow => ({
  ...structuredClone(defaultFlowFor(locale)),
  name: samplesOf(samplesLanguage(locale)).newName,
});

/**
 * The language whose samples suit a design. The samples start on a Monday at 09:00 in the default
 * design's time zone, so a design in Moscow time gets the Russian ones and one in Los Angeles time
 * the English ones, whatever language the designer shows now; any other design gets those of
 * `locale`.
 */
export function samplesLanguageOf(flow: Pick<Flow, 'settings'>, locale: Locale | string): SamplesLanguage {
  const zone = flow.settings.timezone;
  const byZone = (Object.keys(ZONES) as SamplesLanguage[]).find((l) => ZONES[l] === zone);
  return byZone ?? samplesLanguage(locale);
}
