import { useTranslator } from '../i18n/react';
import { buttonClass } from '../ui/formStyles';

/** A failed save of the scenarios to the server: what failed, that they are safe here, and a retry. */
export function ScenarioSaveNotice({
  failure,
  onRetry,
}: {
  failure: string | undefined;
  onRetry: () => void;
}) {
  const { t } = useTranslator();
  if (!failure) return null;
  return (
    <div
      role="alert"
      className="flex items-start gap-2 border-b border-amber-300 bg-warning-soft px-3 py-2 text-xs text-amber-900 dark:border-amber-700 dark:text-amber-200"
    >
      <p className="min-w-0 flex-1">{failure}</p>
      <button type="button" className={buttonClass} onClick={onRetry}>
        {t('simulator.save.retry')}
      </button>
    </div>
  );
}
