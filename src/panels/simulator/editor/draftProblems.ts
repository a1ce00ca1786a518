import { createContext, useContext, useEffect, useId } from 'react';
import { useTranslator } from '../../../i18n/react';

/**
 * Text boxes whose draft does not parse (event data as JSON) keep the last valid value in the
 * scenario. They report the draft here so the scenario counts as not runnable: a run must use what
 * the editor shows, never the value from before the edit.
 */
export const DraftProblemsContext = createContext<
  ((key: string, problem: string | undefined) => void) | null
>(null);

/** Reports this box's draft problem (or none) while it is mounted. */
export function useDraftProblem(label: string, problem: string | undefined): void {
  const report = useContext(DraftProblemsContext);
  const key = useId();
  const { t } = useTranslator();
  useEffect(() => {
    report?.(
      key,
      problem === undefined ? undefined : t('scenario.problems.item', { where: label, message: problem }),
    );
  }, [report, key, label, problem, t]);
  useEffect(() => () => report?.(key, undefined), [report, key]);
}
