import type { ExpectationVerdict } from '../../engine/expectations';
import { useTranslator } from '../../i18n/react';

/** Pass/fail per expectation of the run shown, with what happened instead of a false one. */
export function ExpectationResults({ verdicts }: { verdicts: readonly ExpectationVerdict[] }) {
  const { t } = useTranslator();
  if (verdicts.length === 0) return null;
  const failed = verdicts.filter((v) => !v.holds).length;
  return (
    <section aria-label={t('simulator.expect.title')} className="rounded border border-border p-2 text-xs">
      <p
        className={`font-semibold ${failed ? 'text-rose-700 dark:text-rose-400' : 'text-emerald-700 dark:text-emerald-400'}`}
      >
        {failed
          ? t('simulator.expect.someFalse', { failed, total: verdicts.length })
          : t('simulator.expect.allHold', { total: verdicts.length })}
      </p>
      <ol className="mt-1 space-y-1">
        {verdicts.map((v) => (
          <li key={v.index} data-holds={v.holds} className="flex gap-1">
            <span aria-hidden="true" className={v.holds ? 'text-success' : 'text-danger'}>
              {v.holds ? '✓' : '✗'}
            </span>
            <span>
              <span className="sr-only">
                {v.holds ? t('simulator.expect.holds') : t('simulator.expect.false')}{' '}
              </span>
              {v.index + 1}. {v.statement}
              {!v.holds && v.instead && (
                <span className="block text-danger">
                  {t('simulator.expect.instead', { what: v.instead })}
                </span>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
