import type { Flow } from '../../domain/flow';
import type { NodeReason } from '../../domain/simulation';
import type { Scenario } from '../../domain/scenario';
import type { Timeline } from '../../domain/timeline';
import type { Explanation } from '../../engine/explain';
import { explainAt, formatExplanation, observeRun, shortExplanation } from '../../engine/explain';
import { flowNames } from '../../engine/names';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { formatWhen, offsetFrom } from '../../i18n/timelineText';

/** A shown run's explanations at any playback position (the replay that observes the run is done once). */
export type RunExplainer = (position?: number) => Explanation[];

export function runExplainer(flow: Flow, scenario: Scenario, timeline: Timeline): RunExplainer {
  const observed = observeRun(flow, scenario);
  return (position) => explainAt(flow, timeline, observed, position);
}

/** The words of explanations for people: names, never ids; times as "+0d 02:00 (Mon, 1 Jun …)". */
export function explanationWords(flow: Flow, startAt: string, translator: Translator = englishTranslator) {
  const { t } = translator;
  const names = flowNames(flow, false);
  const when = (at: string) =>
    `${offsetFrom(startAt, at, translator)} (${formatWhen(at, flow.settings.timezone, translator)})`;
  return {
    /** Whom it is about: the robot's name, or "Trigger …". */
    who: (e: Explanation) =>
      e.node === 'robot' ? names.robot(e.id) : t('simulator.why.trigger', { name: names.trigger(e.id) }),
    /** The Run tab's sentence (lower case, after the name). */
    sentence: (e: Explanation) => formatExplanation(e, names, when, translator),
    short: (e: Explanation) => shortExplanation(e, names, translator),
  };
}

/** Per card, its reason in short and as the whole sentence (the Run tab's words). */
export function cardReasons(
  list: readonly Explanation[],
  flow: Flow,
  startAt: string,
  translator: Translator = englishTranslator,
): Record<string, NodeReason> {
  const { t } = translator;
  const words = explanationWords(flow, startAt, translator);
  return Object.fromEntries(
    list.map((e) => [
      e.id,
      {
        short: words.short(e),
        full:
          e.node === 'robot'
            ? t('simulator.reason.robot', { sentence: words.sentence(e) })
            : t('simulator.reason.trigger', { sentence: words.sentence(e) }),
      },
    ]),
  );
}
