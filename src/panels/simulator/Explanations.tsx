import type { Flow } from '../../domain/flow';
import type { Explanation } from '../../engine/explain';
import { explanationWords } from './runReasons';
import { useTranslator } from '../../i18n/react';

/** "Why didn't it run?": one reason for every robot not done and every trigger that never fired. */
export function Explanations({
  flow,
  startAt,
  list,
}: {
  flow: Flow;
  /** The run's start, from which times are counted. */
  startAt: string;
  list: readonly Explanation[];
}) {
  const translator = useTranslator();
  const { t } = translator;
  const words = explanationWords(flow, startAt, translator);
  return (
    <details className="rounded border border-border text-xs">
      <summary className="cursor-pointer select-none px-2 py-1 font-semibold">
        {t('simulator.why.title', { count: list.length })}
      </summary>
      <ul aria-label={t('simulator.why.label')} className="space-y-1 p-2">
        {list.map((e) => (
          <li key={`${e.node}:${e.id}`}>
            {t('simulator.why.line', { who: words.who(e), sentence: words.sentence(e) })}
          </li>
        ))}
        {list.length === 0 && <li>{t('simulator.why.none')}</li>}
      </ul>
    </details>
  );
}
