import { useTranslator } from '../i18n/react';

/**
 * The "set up" marker of a card whose required settings are still empty (the card's name says "not
 * set up" to a screen reader). Two short words, so that it fits beside "immediately" on a card's last
 * line; should a longer delay leave it too little room, its words give way (truncated) and the hint
 * on hover says what is missing.
 */
export function NeedsSettings() {
  const { t } = useTranslator();
  return (
    <span
      title={t('canvas.card.needsSettings.hint')}
      className="inline-flex min-w-0 items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-[11px] font-medium leading-4 text-amber-900 ring-1 ring-inset ring-amber-300 dark:bg-amber-900 dark:text-amber-100 dark:ring-amber-700"
    >
      <svg
        width="12"
        height="12"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        aria-hidden="true"
        className="shrink-0"
      >
        <path d="M12 3l10 18H2L12 3z" strokeLinejoin="round" />
        <path d="M12 10v5M12 18h.01" strokeLinecap="round" />
      </svg>
      <span className="truncate">{t('canvas.card.needsSettings')}</span>
    </span>
  );
}
