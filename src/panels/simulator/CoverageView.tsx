import type { Flow } from '../../domain/flow';
import type { Coverage } from '../../domain/simulation';
import { variantWords } from '../../domain/simulation';
import type { Scenario } from '../../domain/scenario';
import { useTranslator } from '../../i18n/react';
import { buttonClass } from '../../ui/formStyles';
import { flowNames } from '../../i18n/timelineText';

interface Props {
  flow: Flow;
  coverage: Coverage;
  /** "Open as single run": the variant's scenario and its label in the designer's language. */
  onOpenVariant: (scenario: Scenario, label: string) => void;
}

const th = 'px-2 py-1 text-left font-medium text-fg-secondary';
const td = 'px-2 py-1 tabular-nums';

/** The batch's tally: per robot, per trigger, statuses reached, loop-guard stops and failing variants. */
export function CoverageView({ flow, coverage, onOpenVariant }: Props) {
  const translator = useTranslator();
  const { t, number } = translator;
  const names = flowNames(flow);
  const cell = (n: number, tone: string) => (
    <td className={`${td} ${n ? tone : 'text-slate-500 dark:text-slate-400'}`}>{number(n)}</td>
  );
  return (
    <div className="space-y-3 text-xs text-slate-800 dark:text-slate-200">
      <p>
        {t('simulator.coverage.batch.summary', {
          runs: coverage.runs,
          loopGuard: coverage.loopGuard,
          statuses: flow.statuses
            .map((s) =>
              t('simulator.coverage.batch.statusReached', {
                status: names.status(s.id),
                count: coverage.statuses[s.id] ?? 0,
              }),
            )
            .join(', '),
        })}
      </p>
      <table className="w-full border-collapse" aria-label={t('simulator.coverage.batch.robots')}>
        <thead>
          <tr className="border-b border-border">
            <th className={th}>{t('simulator.coverage.batch.column.robot')}</th>
            <th className={th}>{t('simulator.coverage.batch.column.status')}</th>
            <th className={th}>{t('simulator.coverage.batch.column.done')}</th>
            <th className={th}>{t('simulator.coverage.batch.column.skipped')}</th>
            <th className={th}>{t('simulator.coverage.batch.column.failed')}</th>
            <th className={th}>{t('simulator.coverage.batch.column.cancelled')}</th>
            <th className={th}>{t('simulator.coverage.batch.column.neverReached')}</th>
          </tr>
        </thead>
        <tbody>
          {flow.robots.map((r) => {
            const c = coverage.robots[r.id] ?? {
              done: 0,
              skipped: 0,
              failed: 0,
              cancelled: 0,
              neverReached: 0,
            };
            return (
              <tr key={r.id} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className={`${td} text-left font-normal`}>
                  {names.robot(r.id)}
                </th>
                <td className={td}>{names.status(r.status)}</td>
                {cell(c.done, 'text-success')}
                {cell(c.skipped, 'text-orange-700 dark:text-orange-400')}
                {cell(c.failed, 'font-semibold text-danger')}
                {cell(c.cancelled, 'text-fg-subtle')}
                {cell(c.neverReached, 'text-fg-subtle')}
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="w-full border-collapse" aria-label={t('simulator.coverage.batch.triggers')}>
        <thead>
          <tr className="border-b border-border">
            <th className={th}>{t('simulator.coverage.batch.column.trigger')}</th>
            <th className={th}>{t('simulator.coverage.batch.column.fired')}</th>
            <th className={th}>{t('simulator.coverage.batch.column.inRuns')}</th>
          </tr>
        </thead>
        <tbody>
          {flow.triggers.map((trigger) => (
            <tr key={trigger.id} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className={`${td} text-left font-normal`}>
                {names.trigger(trigger.id)}
              </th>
              <td className={td}>{number(coverage.triggers[trigger.id]?.fired ?? 0)}</td>
              <td className={td}>{number(coverage.triggers[trigger.id]?.runs ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-label={t('simulator.coverage.batch.failures')} className="space-y-1">
        <h4 className="font-semibold">
          {t('simulator.coverage.batch.failures.title', { count: coverage.failures.length })}
        </h4>
        {coverage.failures.length === 0 ? (
          <p className="text-success">{t('simulator.coverage.batch.failures.none')}</p>
        ) : (
          <ul className="space-y-1">
            {coverage.failures.map((f) => {
              const label = variantWords(f.variant.texts, { timezone: flow.settings.timezone }, translator);
              return (
                <li
                  key={f.variant.index}
                  className="flex items-start justify-between gap-2 rounded border border-rose-200 p-2 dark:border-rose-900"
                >
                  <div>
                    <p className="font-medium">{label}</p>
                    <ul className="text-danger">
                      {f.errors.map((e) => (
                        <li key={`${e.robot}:${e.error}`}>
                          {t('simulator.coverage.batch.failure', {
                            robot: names.robot(e.robot),
                            error: e.error,
                          })}
                        </li>
                      ))}
                    </ul>
                  </div>
                  <button
                    type="button"
                    className={buttonClass}
                    aria-label={t('simulator.coverage.batch.open.label', { variant: label })}
                    onClick={() => onOpenVariant(f.variant.scenario, label)}
                  >
                    {t('simulator.coverage.batch.open')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
