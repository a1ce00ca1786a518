import { useEffect, useRef, useState } from 'react';
import type { Flow } from '../../domain/flow';
import type { Scenario } from '../../domain/scenario';
import { taskFailureText } from '../../sim';
import type { SimulationClient, SimulationTask, SuiteOutcome } from '../../sim';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n';
import { runErrorText } from '../../i18n/runText';
import { buttonClass } from '../../ui/formStyles';
import { flowNames } from '../../i18n/timelineText';

interface Props {
  flow: Flow;
  scenarios: readonly Scenario[];
  /** Runs the scenarios off the page (the simulation worker), so the page stays responsive. */
  client: SimulationClient;
  /** Opens a scenario (its expectations are shown after its run). */
  onOpen: (index: number) => void;
}

type Shown = SuiteOutcome & { of: readonly Scenario[] };
type Progress = { done: number; total: number };

/** Runs every scenario of the design against its expectations: a summary and what was never covered. */
export function TestsPanel({ flow, scenarios, client, onOpen }: Props) {
  const translator = useTranslator();
  const { t } = translator;
  const [shown, setShown] = useState<Shown | undefined>();
  const [progress, setProgress] = useState<Progress | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const task = useRef<SimulationTask<SuiteOutcome> | undefined>(undefined);
  // Leaving the simulator stops a suite in progress.
  useEffect(() => () => task.current?.cancel(), []);

  const runAll = async () => {
    task.current?.cancel();
    const of = scenarios;
    const current = client.suite(
      flow,
      of,
      (done, total) => {
        if (task.current === current) setProgress({ done, total });
      },
      translator.locale,
    );
    task.current = current;
    setFailure(undefined);
    setProgress({ done: 0, total: of.length });
    const outcome = await current.result;
    if (task.current !== current) return;
    task.current = undefined;
    setProgress(undefined);
    if (outcome.status === 'done') setShown({ ...outcome.value, of });
    else if (outcome.status === 'failed') setFailure(taskFailureText(outcome.message, translator));
  };
  const names = flowNames(flow, undefined, translator);
  const stale = shown !== undefined && shown.of !== scenarios;
  const passed = shown?.results.filter((r) => r.passed).length ?? 0;
  const coverageRows = shown
    ? ([
        ['robotsNeverDone', shown.coverage.robotsNeverDone.map(names.robot)],
        ['triggersNeverFired', shown.coverage.triggersNeverFired.map(names.trigger)],
        [
          'conditionsNeverTrue',
          shown.coverage.conditionsNeverTrue.map((id) => nodeName(id, flow, names, translator)),
        ],
        [
          'conditionsNeverFalse',
          shown.coverage.conditionsNeverFalse.map((id) => nodeName(id, flow, names, translator)),
        ],
        ['statusesNeverEntered', shown.coverage.statusesNeverEntered.map(names.status)],
      ] as const)
    : [];
  return (
    <div className="flex flex-col gap-2 text-xs">
      <div className="flex items-center gap-2">
        <button
          type="button"
          className={buttonClass}
          disabled={scenarios.length === 0 || progress !== undefined}
          onClick={() => void runAll()}
        >
          {t('simulator.tests.runAll')}
        </button>
        {progress && (
          <>
            <span className="flex items-center gap-1">
              <span role="status">
                {t('simulator.tests.progress', { done: progress.done, total: progress.total })}
              </span>
              <progress
                aria-label={t('simulator.tests.progress.label')}
                max={Math.max(1, progress.total)}
                value={progress.done}
                className="h-2 w-24"
              />
            </span>
            <button type="button" className={buttonClass} onClick={() => task.current?.cancel()}>
              {t('simulator.tests.cancel')}
            </button>
          </>
        )}
        {failure && (
          <span role="alert" className="text-danger">
            {t('simulator.tests.failed', { message: failure })}
          </span>
        )}
        {shown && !progress && (
          <span role="status" className={passed === shown.results.length ? 'text-success' : 'text-danger'}>
            {stale
              ? t('simulator.tests.summary.stale', { passed, total: shown.results.length })
              : t('simulator.tests.summary', { passed, total: shown.results.length })}
          </span>
        )}
      </div>
      {shown && (
        <>
          <ul aria-label={t('simulator.tests.results')} className="space-y-1">
            {shown.results.map((r) => {
              // Worded here rather than taken from the result: a language chosen after the run applies.
              const name = shown.of[r.index]?.name || t('simulator.list.unnamed', { number: r.index + 1 });
              return (
                <li key={r.index} className="rounded border border-border p-1">
                  <span
                    className={`font-semibold ${r.passed ? 'text-emerald-700 dark:text-emerald-400' : 'text-rose-700 dark:text-rose-400'}`}
                  >
                    {r.passed ? t('simulator.tests.pass') : t('simulator.tests.fail')}
                  </span>{' '}
                  {name}
                  {r.verdicts?.length === 0 && ` ${t('simulator.tests.noExpectations')}`}{' '}
                  <button
                    type="button"
                    className="underline"
                    onClick={() => onOpen(r.index)}
                    aria-label={t('simulator.tests.open.label', { name })}
                  >
                    {t('simulator.tests.open')}
                  </button>
                  {r.error && (
                    <p className="text-danger">
                      {t('simulator.tests.error', { message: runErrorText(r.error, translator) })}
                    </p>
                  )}
                  <ul className="pl-4">
                    {r.verdicts
                      ?.filter((v) => !v.holds)
                      .map((v) => (
                        <li key={v.index}>
                          {v.index + 1}. {v.statement} — {v.instead}
                        </li>
                      ))}
                  </ul>
                </li>
              );
            })}
          </ul>
          <section aria-label={t('simulator.coverage.title')} className="space-y-1">
            <h3 className="font-semibold">{t('simulator.coverage.title')}</h3>
            <dl className="space-y-1">
              {coverageRows.map(([label, list]) => (
                <div key={label}>
                  <dt className="font-medium">{t(`simulator.coverage.${label}`, { count: list.length })}</dt>
                  <dd className="pl-2 text-slate-700 dark:text-slate-300">
                    {list.length ? list.join(', ') : t('simulator.coverage.none')}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      )}
    </div>
  );
}

function nodeName(id: string, flow: Flow, names: ReturnType<typeof flowNames>, { t }: Translator): string {
  return flow.robots.some((r) => r.id === id)
    ? names.robot(id)
    : t('simulator.coverage.trigger', { name: names.trigger(id) });
}
