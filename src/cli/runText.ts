import { instantMillis } from '../domain/conditions';
import type { Flow } from '../domain/flow';
import { namer } from '../domain/naming';
import { resolveEnvironment } from '../domain/reference/defaultEnvironment';
import type { Scenario } from '../domain/scenario';
import type { Timeline } from '../domain/timeline';
import { describeTime } from '../engine/describeTime';
import { explainRun } from '../engine/explain';
import type { Explanation } from '../engine/explain';
import { formatExplanation, formatExplanations } from '../engine/explainText';
import { alignColumns, formatOffset, formatTimelineText } from '../engine/format';
import { flowNames } from '../engine/names';
import { englishTranslator } from '../i18n/english';
import { robotErrorText, runErrorText } from '../i18n/runText';
import type { Translator } from '../i18n/translator';
import { describeEntry, flowNames as logNames, formatWhen } from '../i18n/timelineText';

/*
 * What `simulate --format text` and `test` write for a person, in the CLI's language. English is the
 * engine's own notation, documented and compared byte for byte (SPEC §6, the conformance examples);
 * another language reads as the designer's run log does (the same describeEntry and messages), with
 * instants in words and names in the language's quotes.
 */

/** The translator for engine texts: none in English, so the English lines stay exactly as documented. */
export function engineTranslator(translator: Translator): Translator | undefined {
  return translator.locale === 'en' ? undefined : translator;
}

/** Why a run could not start (a SimulationInputError's message), for a person. */
export function runFailureText(message: string, translator: Translator = englishTranslator): string {
  const other = engineTranslator(translator);
  return other ? runErrorText(message, other) : message;
}

/** The timeline as an aligned table with a closing line saying where the order ended. */
export function timelineText(
  timeline: Timeline,
  flow: Flow,
  scenario: Scenario,
  translator: Translator = englishTranslator,
): string {
  const other = engineTranslator(translator);
  if (!other) return formatTimelineText(timeline, flow, scenario.start.at);
  const { t } = other;
  const names = logNames(flow, resolveEnvironment(scenario.environment), other);
  const zone = flow.settings.timezone ?? 'UTC';
  const startMs = instantMillis(scenario.start.at) ?? 0;
  const rows: string[][] = [
    [
      t('cli.simulate.column.at'),
      t('cli.simulate.column.kind'),
      t('cli.simulate.column.status'),
      t('cli.simulate.column.node'),
      t('cli.simulate.column.detail'),
    ],
  ];
  for (const e of timeline.entries) {
    const entry = describeEntry(e, names, scenario.start.at, other);
    const at = formatOffset(startMs, instantMillis(e.at) ?? startMs, other);
    rows.push([at, entry.kind, names.status(e.status), entry.node, entry.result]);
  }
  const lines = alignColumns(rows);
  const { final } = timeline;
  const pending = final.pending
    .map((p) =>
      t('cli.simulate.pending', { robot: names.robot(p.robot), when: formatWhen(p.runAt, zone, other) }),
    )
    .join(', ');
  lines.push(
    '',
    t('cli.simulate.final', { status: names.status(final.status), count: final.pending.length, pending }),
  );
  return lines.join('\n');
}

/** The `--explain` block: why each robot and trigger that did not act did not. */
export function explanationText(
  flow: Flow,
  scenario: Scenario,
  timeline: Timeline,
  translator: Translator = englishTranslator,
): string {
  const other = engineTranslator(translator);
  const startMs = instantMillis(scenario.start.at) ?? 0;
  const zone = flow.settings.timezone ?? 'UTC';
  const when = (at: string) => describeTime(instantMillis(at) ?? startMs, startMs, zone, other);
  const list = explainRun(flow, scenario, timeline);
  if (!other) return formatExplanations(list, flow, true, when);
  const { t } = other;
  if (list.length === 0) return t('simulator.explain.cli.none');
  const names = flowNames(flow, true, other);
  const people = namer(flow, scenario.environment, { t: other });
  // A failure is kept in the timeline in English; it is read in the language like the run log's.
  const worded = (e: Explanation): Explanation =>
    e.reason === 'failed'
      ? { ...e, error: robotErrorText(e.error, people, flow.robots.find((r) => r.id === e.id)?.type, other) }
      : e;
  return [
    t('simulator.explain.cli.title'),
    ...list.map(
      (e) =>
        `  ${t('simulator.explain.cli.line', {
          node: e.node,
          name: e.node === 'robot' ? names.robot(e.id) : names.trigger(e.id),
          sentence: formatExplanation(worded(e), names, when, other),
        })}`,
    ),
  ].join('\n');
}
