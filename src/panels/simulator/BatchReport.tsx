import type { Flow } from '../../domain/flow';
import { choiceWords, messageForecast, variantWords } from '../../domain/simulation';
import { useTranslator } from '../../i18n/react';
import type { BatchOutcome } from '../../sim';
import { flowNames } from '../../i18n/timelineText';

/** The forecast is per this many orders of the batch's mix. */
const ORDERS = 1000;

/** What a batch did (which combinations ran, which choices each covered, what it left out) and its message forecast. */
export function BatchReport({ flow, outcome }: { flow: Flow; outcome: BatchOutcome }) {
  const translator = useTranslator();
  const { t, number } = translator;
  const names = flowNames(flow);
  const words = { timezone: flow.settings.timezone };
  const { coverage, total, pairs, leftOut, choiceRuns, ranTexts } = outcome;
  const forecast = messageForecast(coverage);
  const untried = choiceRuns.filter((c) => c.runs === 0);
  const ranShown = ranTexts.map((texts) => variantWords(texts, words, translator));
  const leftOutShown = leftOut.exampleTexts.map((texts) => variantWords(texts, words, translator));
  return (
    <div className="space-y-2 text-xs">
      <section aria-label={t('simulator.batch.report.label')} className="space-y-1">
        <p role="status">
          {t('simulator.batch.report.summary', {
            runs: coverage.runs,
            total,
            pairs: pairs.total > 0 ? 'yes' : 'no',
            covered: pairs.covered,
            pairsTotal: pairs.total,
            tried: untried.length === 0 ? 'all' : 'some',
            untried: untried.map((c) => choiceWords(c.text, words, translator)).join('; '),
          })}
        </p>
        {choiceRuns.length > 0 && (
          <details>
            <summary className="cursor-pointer">{t('simulator.batch.report.perChoice')}</summary>
            <ul className="pl-4">
              {choiceRuns.map((c) => (
                <li key={c.label}>
                  {t('simulator.batch.report.choiceRuns', {
                    choice: choiceWords(c.text, words, translator),
                    runs: c.runs,
                  })}
                </li>
              ))}
            </ul>
          </details>
        )}
        <details>
          <summary className="cursor-pointer">
            {t('simulator.batch.report.ran', { count: coverage.runs })}
          </summary>
          <ul className="pl-4">
            {ranShown.map((label, i) => (
              <li key={i}>{label}</li>
            ))}
            {coverage.runs > ranShown.length && (
              <li>{t('simulator.batch.report.more', { count: coverage.runs - ranShown.length })}</li>
            )}
          </ul>
        </details>
        {leftOut.count > 0 && (
          <details>
            <summary className="cursor-pointer">
              {t('simulator.batch.report.leftOut', { count: leftOut.count })}
            </summary>
            <ul className="pl-4">
              {leftOutShown.map((label, i) => (
                <li key={i}>{label}</li>
              ))}
              {leftOut.count > leftOutShown.length && (
                <li>{t('simulator.batch.report.more', { count: leftOut.count - leftOutShown.length })}</li>
              )}
            </ul>
          </details>
        )}
      </section>
      <section aria-label={t('simulator.forecast.label')} className="space-y-1">
        <h3 className="font-semibold">{t('simulator.forecast.title', { orders: ORDERS })}</h3>
        <p>
          {t('simulator.forecast.totals', {
            email: forecast.totals.email,
            sms: forecast.totals.sms,
            parts: forecast.smsParts,
            call: forecast.totals.call,
            chat: forecast.totals.chat,
          })}
        </p>
        {forecast.rows.length > 0 && (
          <table aria-label={t('simulator.forecast.table')} className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">{t('simulator.forecast.column.robot')}</th>
                <th scope="col">{t('simulator.forecast.column.status')}</th>
                <th scope="col">{t('simulator.forecast.column.channel')}</th>
                <th scope="col">{t('simulator.forecast.column.perThousand', { orders: number(ORDERS) })}</th>
                <th scope="col">{t('simulator.forecast.column.parts')}</th>
              </tr>
            </thead>
            <tbody>
              {forecast.rows.map((r) => (
                <tr key={r.robot}>
                  <th scope="row" className="font-normal">
                    {names.robot(r.robot)}
                  </th>
                  <td>{names.status(r.status)}</td>
                  <td>{t('simulator.forecast.channel', { channel: r.channel })}</td>
                  <td>{number(r.perThousand)}</td>
                  <td>
                    {r.partsPerThousand === undefined
                      ? t('simulator.forecast.none')
                      : number(r.partsPerThousand)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
