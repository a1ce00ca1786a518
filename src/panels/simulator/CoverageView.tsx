import type { Flow } from '../../domain/flow';
import type { Coverage } from '../../domain/simulation';
import type { Scenario } from '../../domain/scenario';
import { buttonClass } from '../../ui/formStyles';
import { flowNames } from './format';

interface Props {
  flow: Flow;
  coverage: Coverage;
  onOpenVariant: (scenario: Scenario) => void;
}

const th = 'px-2 py-1 text-left font-medium text-fg-secondary';
const td = 'px-2 py-1 tabular-nums';

/** The batch's tally: per robot, per trigger, statuses reached, loop-guard stops and failing variants. */
export function CoverageView({ flow, coverage, onOpenVariant }: Props) {
  const names = flowNames(flow);
  const cell = (n: number, tone: string) => (
    <td className={`${td} ${n ? tone : 'text-slate-500 dark:text-slate-400'}`}>{n}</td>
  );
  return (
    <div className="space-y-3 text-xs text-slate-800 dark:text-slate-200">
      <p>
        {coverage.runs} runs · stopped by the loop guard: {coverage.loopGuard} · statuses reached:{' '}
        {flow.statuses.map((s) => `${s.name} ${coverage.statuses[s.id] ?? 0}`).join(', ')}
      </p>
      <table className="w-full border-collapse" aria-label="Robot coverage">
        <thead>
          <tr className="border-b border-border">
            <th className={th}>Robot</th>
            <th className={th}>Status</th>
            <th className={th}>Done</th>
            <th className={th}>Skipped</th>
            <th className={th}>Failed</th>
            <th className={th}>Cancelled</th>
            <th className={th}>Never reached</th>
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
      <table className="w-full border-collapse" aria-label="Trigger coverage">
        <thead>
          <tr className="border-b border-border">
            <th className={th}>Trigger</th>
            <th className={th}>Fired</th>
            <th className={th}>In runs</th>
          </tr>
        </thead>
        <tbody>
          {flow.triggers.map((t) => (
            <tr key={t.id} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className={`${td} text-left font-normal`}>
                {names.trigger(t.id)}
              </th>
              <td className={td}>{coverage.triggers[t.id]?.fired ?? 0}</td>
              <td className={td}>{coverage.triggers[t.id]?.runs ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-label="Failing variants" className="space-y-1">
        <h4 className="font-semibold">Variants with failures ({coverage.failures.length})</h4>
        {coverage.failures.length === 0 ? (
          <p className="text-success">No robot failed in any variant.</p>
        ) : (
          <ul className="space-y-1">
            {coverage.failures.map((f) => (
              <li
                key={f.variant.index}
                className="flex items-start justify-between gap-2 rounded border border-rose-200 p-2 dark:border-rose-900"
              >
                <div>
                  <p className="font-medium">{f.variant.label}</p>
                  <ul className="text-danger">
                    {f.errors.map((e) => (
                      <li key={`${e.robot}:${e.error}`}>
                        {names.robot(e.robot)}: {e.error}
                      </li>
                    ))}
                  </ul>
                </div>
                <button
                  type="button"
                  className={buttonClass}
                  aria-label={`Open as single run: ${f.variant.label}`}
                  onClick={() => onOpenVariant(f.variant.scenario)}
                >
                  Open as single run
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
