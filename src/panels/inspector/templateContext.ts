import { namer, robotTitle } from '../../domain/naming';
import { insertLabel } from '../../domain/templateParts';
import { outputKeysOf, robotDefinition } from '../../domain/catalog';
import type { FieldInfo } from '../../domain/fields';
import { orderFields } from '../../domain/fields';
import type { Flow, Robot } from '../../domain/flow';
import type { SampleOrder } from '../../domain/samples/sampleOrder';
import { completeSample, defaultSample, readSample } from '../../domain/samples/sampleOrder';
import type { Environment } from '../../domain/scenario';
import { englishTranslator } from '../../i18n';
import type { Translator } from '../../i18n';
import type { TemplateContext, TemplateSuggestion } from './types';

/** The order the live previews render with: by default the first sample scenario's, completed. */
export type { SampleOrder };

export function defaultSampleOrder(locale: 'en' | 'ru' = 'en'): SampleOrder {
  return defaultSample([], locale);
}

/** The heading of a field group in the `{{` list and the condition's field select. */
export const fieldGroupTitle = (group: FieldInfo['group'], { t }: Translator = englishTranslator): string =>
  t(`inspector.condition.fieldGroup.${group}`);

/** The robots `robot` runs after, nearest first; a loop in an imported document stops the walk. */
export function precedingRobots(flow: Flow, robot: Robot): Robot[] {
  const byId = new Map(flow.robots.map((r) => [r.id, r]));
  const chain: Robot[] = [];
  const seen = new Set<string>([robot.id]);
  let current = robot.after === null ? undefined : byId.get(robot.after);
  while (current && !seen.has(current.id)) {
    chain.push(current);
    seen.add(current.id);
    current = current.after === null ? undefined : byId.get(current.after);
  }
  return chain;
}

/**
 * What `{{` offers: every order field (with the declared custom ones) and the outputs of the robots
 * that run before this one in its chain — only those have a value when it runs (docs/semantics.md §3.1).
 */
export function templateSuggestions(
  flow: Flow,
  robot: Robot | undefined,
  env: Environment,
  translator: Translator = englishTranslator,
): TemplateSuggestion[] {
  const { t } = translator;
  // Labelled as the chips in the text box will read them (insertLabel), in the designer's language.
  const fields = orderFields(env.customFields).map((f) => ({
    path: f.path,
    label: insertLabel(f.path, { customFields: env.customFields, t: translator }) ?? f.label,
    group: fieldGroupTitle(f.group, translator),
  }));
  const outputs = robot
    ? precedingRobots(flow, robot).flatMap((r) => {
        const def = robotDefinition(r.type);
        return outputKeysOf(def).map((key) => ({
          path: `robots.${r.id}.${key}`,
          label:
            insertLabel(`robots.${r.id}.${key}`, {
              robotName: () => robotTitle(r, translator),
              robotType: () => r.type,
              t: translator,
            }) ?? key,
          group: t('inspector.template.earlierRobots'),
        }));
      })
    : [];
  return [...fields, ...outputs];
}

/**
 * Reads paths from the sample order (completed with a value for every field and declared custom
 * field). Robot outputs exist only during a run: they read as no value, and the preview shows a
 * placeholder naming them.
 */
export function sampleResolver(
  sample: SampleOrder,
  env: Environment,
  translator: Translator = englishTranslator,
) {
  // Fields the sample lacks (custom ones above all) get values in the designer's language.
  const full = completeSample(sample, env.customFields, translator.locale, translator);
  return (path: string): unknown =>
    path.startsWith('robots.') ? undefined : readSample(full, path, env.employees);
}

export function buildTemplateContext(
  flow: Flow,
  robot: Robot | undefined,
  env: Environment,
  sample: SampleOrder,
  translator: Translator = englishTranslator,
): TemplateContext {
  const { t } = translator;
  const names = namer(flow, env, { t: translator });
  let suggestions: readonly TemplateSuggestion[] | undefined;
  return {
    // Built when the user first types {{ — not each time a card is selected: it walks every robot
    // before this one (~2 ms a selection at 5,000 robots, for a list most selections never open).
    get suggestions() {
      return (suggestions ??= templateSuggestions(flow, robot, env, translator));
    },
    resolve: sampleResolver(sample, env, translator),
    sampleLabel: sample.contact.name
      ? t('inspector.template.sample.named', { name: sample.contact.name })
      : t('inspector.template.sample.plain'),
    // An earlier robot's output reads as the cards read it (the design's namer).
    naming: { customFields: env.customFields, robotName: names.robotName, robotType: names.robotType },
  };
}
