import type { Flow } from '../../domain/flow';
import { messageForecast } from '../../domain/simulation';
import type { MessageChannel } from '../../domain/simulation';
import type { BatchOutcome } from '../../sim';
import { flowNames } from './format';

const CHANNEL: Record<MessageChannel, string> = {
  email: 'Emails',
  sms: 'SMS',
  call: 'Calls',
  chat: 'Chat messages',
};

/** What a batch did (which combinations ran, which choices each covered, what it left out) and its message forecast. */
export function BatchReport({ flow, outcome }: { flow: Flow; outcome: BatchOutcome }) {
  const names = flowNames(flow);
  const { coverage, total, pairs, leftOut, choiceRuns, ran } = outcome;
  const forecast = messageForecast(coverage);
  const untried = choiceRuns.filter((c) => c.runs === 0);
  return (
    <div className="space-y-2 text-xs">
      <section aria-label="What the batch ran" className="space-y-1">
        <p role="status">
          Ran {coverage.runs} of {total} combinations
          {pairs.total > 0 && ` · ${pairs.covered} of ${pairs.total} pairs of choices covered`}
          {untried.length === 0
            ? ' · every choice tried'
            : ` · never tried: ${untried.map((c) => c.label).join('; ')}`}
          .
        </p>
        {choiceRuns.length > 0 && (
          <details>
            <summary className="cursor-pointer">Runs per choice</summary>
            <ul className="pl-4">
              {choiceRuns.map((c) => (
                <li key={c.label}>
                  {c.label}: {c.runs}
                </li>
              ))}
            </ul>
          </details>
        )}
        <details>
          <summary className="cursor-pointer">Ran: {coverage.runs} combinations</summary>
          <ul className="pl-4">
            {ran.map((label) => (
              <li key={label}>{label}</li>
            ))}
            {coverage.runs > ran.length && <li>… and {coverage.runs - ran.length} more</li>}
          </ul>
        </details>
        {leftOut.count > 0 && (
          <details>
            <summary className="cursor-pointer">Left out: {leftOut.count} combinations</summary>
            <ul className="pl-4">
              {leftOut.examples.map((label) => (
                <li key={label}>{label}</li>
              ))}
              {leftOut.count > leftOut.examples.length && (
                <li>… and {leftOut.count - leftOut.examples.length} more</li>
              )}
            </ul>
          </details>
        )}
      </section>
      <section aria-label="Message forecast" className="space-y-1">
        <h3 className="font-semibold">Message forecast per 1,000 orders of this mix</h3>
        <p>
          {CHANNEL.email}: {forecast.totals.email} · {CHANNEL.sms}: {forecast.totals.sms} ({forecast.smsParts}{' '}
          parts) · {CHANNEL.call}: {forecast.totals.call} · {CHANNEL.chat}: {forecast.totals.chat}
        </p>
        {forecast.rows.length > 0 && (
          <table aria-label="Messages per robot" className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">Robot</th>
                <th scope="col">Status</th>
                <th scope="col">Channel</th>
                <th scope="col">Per 1,000</th>
                <th scope="col">SMS parts</th>
              </tr>
            </thead>
            <tbody>
              {forecast.rows.map((r) => (
                <tr key={r.robot}>
                  <th scope="row" className="font-normal">
                    {names.robot(r.robot)}
                  </th>
                  <td>{names.status(r.status)}</td>
                  <td>{CHANNEL[r.channel]}</td>
                  <td>{r.perThousand}</td>
                  <td>{r.partsPerThousand ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
