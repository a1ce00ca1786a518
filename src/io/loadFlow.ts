import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline } from '../domain/timeline';
import { FLOW_KIND, SCENARIO_KIND, TIMELINE_KIND } from './kinds';
import { loadDocument } from './load';
import type { IoProblem } from './problems';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

export type LoadFlowResult =
  { ok: true; flow: Flow; warnings: IoProblem[] } | { ok: false; errors: IoProblem[] };
export type LoadScenarioResult =
  { ok: true; scenario: Scenario; warnings: IoProblem[] } | { ok: false; errors: IoProblem[] };
export type LoadTimelineResult =
  { ok: true; timeline: Timeline; warnings: IoProblem[] } | { ok: false; errors: IoProblem[] };

/** Reads a flow export: parse → migrate → validate; unknown top-level keys are kept with a warning. */
export function loadFlow(text: string, translator: Translator = englishTranslator): LoadFlowResult {
  const r = loadDocument(text, FLOW_KIND, translator);
  return r.ok ? { ok: true, flow: r.value, warnings: r.warnings } : r;
}

/** Reads a scenario: parse → migrate → validate. */
export function loadScenario(text: string, translator: Translator = englishTranslator): LoadScenarioResult {
  const r = loadDocument(text, SCENARIO_KIND, translator);
  return r.ok ? { ok: true, scenario: r.value, warnings: r.warnings } : r;
}

/** Reads a timeline: parse → migrate → validate. */
export function loadTimeline(text: string, translator: Translator = englishTranslator): LoadTimelineResult {
  const r = loadDocument(text, TIMELINE_KIND, translator);
  return r.ok ? { ok: true, timeline: r.value, warnings: r.warnings } : r;
}
