import { produce } from 'immer';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Flow } from '../../domain/flow';
import { DEFAULT_ENVIRONMENT } from '../../domain/reference/defaultEnvironment';
import type { Environment, Scenario } from '../../domain/scenario';
import { DraftProblemsContext } from './editor/draftProblems';
import { EnvironmentSection } from './editor/EnvironmentSection';
import { ExpectSection } from './editor/ExpectSection';
import { EventsSection } from './editor/EventsSection';
import { OrderSection } from './editor/OrderSection';
import { PartySection } from './editor/PartySection';
import { ReactionsSection } from './editor/ReactionsSection';
import { StartSection } from './editor/StartSection';
import { problemLine, scenarioMessages } from './editor/validation';
import { useTranslator } from '../../i18n/react';

export interface ScenarioEditorProps {
  flow: Flow;
  scenario: Scenario;
  /** Every edit, as a new scenario (it may be invalid while typing; the messages say why). */
  onChange: (scenario: Scenario) => void;
  /** The backend's reference data (default: the built-in lists); the scenario's overrides go on top. */
  environment?: Environment | undefined;
  /** Text boxes whose draft does not parse: until fixed, the scenario is not what the editor shows. */
  onDraftProblemsChange?: ((problems: string[]) => void) | undefined;
}

/** One hypothetical order: start, fields, contact and company, reference data, events, reactions, limits. */
export function ScenarioEditor({
  flow,
  scenario,
  onChange,
  environment = DEFAULT_ENVIRONMENT,
  onDraftProblemsChange,
}: ScenarioEditorProps) {
  const translator = useTranslator();
  const { t } = translator;
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const report = useCallback(
    (key: string, problem: string | undefined) =>
      setDrafts((prev) => {
        if (prev.get(key) === problem) return prev;
        const next = new Map(prev);
        if (problem === undefined) next.delete(key);
        else next.set(key, problem);
        return next;
      }),
    [],
  );
  useEffect(() => onDraftProblemsChange?.([...drafts.values()]), [drafts, onDraftProblemsChange]);
  const messages = useMemo(() => scenarioMessages(flow, scenario, translator), [flow, scenario, translator]);
  const edit = (recipe: (draft: Scenario) => void) => onChange(produce(scenario, recipe));
  const declared = { ...environment, ...scenario.environment } as Environment;
  const shared = { scenario, edit, messages };
  const problems = [
    ...[...messages].flatMap(([path, list]) =>
      list.map((message) => ({ path, message: problemLine(path, message, translator) })),
    ),
    ...[...drafts.values()].map((message) => ({ path: 'draft', message })),
  ];
  return (
    <DraftProblemsContext.Provider value={report}>
      <form
        aria-label={t('scenario.form.label')}
        className="space-y-2 text-fg"
        onSubmit={(e) => e.preventDefault()}
      >
        {problems.length > 0 && (
          <div
            role="alert"
            className="rounded border border-rose-300 bg-danger-soft p-2 text-xs text-rose-800 dark:border-rose-800 dark:text-rose-300"
          >
            <p className="font-semibold">{t('scenario.problems.title', { count: problems.length })}</p>
            <ul className="list-disc pl-4">
              {problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>{p.message}</li>
              ))}
            </ul>
          </div>
        )}
        <StartSection flow={flow} {...shared} />
        <OrderSection environment={declared} {...shared} />
        <PartySection {...shared} />
        <EnvironmentSection environment={environment} {...shared} />
        <EventsSection {...shared} />
        <ReactionsSection flow={flow} {...shared} />
        <ExpectSection flow={flow} environment={declared} {...shared} />
      </form>
    </DraftProblemsContext.Provider>
  );
}

/** True when the scenario can be run: the editor shows no problem. */
export function isRunnable(flow: Flow, scenario: Scenario): boolean {
  return scenarioMessages(flow, scenario).size === 0;
}
