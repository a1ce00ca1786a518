import { useMemo } from 'react';
import { useStore } from 'zustand';
import { diffFlows, summarizeChanges } from '../domain/diff';
import { intlLocaleOf } from '../i18n/locales';
import { useTranslator } from '../i18n/react';
import { browserCopyOf, useDesigner, useDesignerStoreApi } from '../store';

/** The other tab's saving time on this computer's clock, in the reader's language; "none" when unknown. */
const timeOf = (iso: string, locale: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? 'none'
    : date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
};

/**
 * Another tab of this browser saved a newer version of the open design. Until the user chooses,
 * this tab keeps its own version in memory and writes nothing over the other tab's: loading theirs
 * is one undo step; keeping mine stores it as the newer version, and the other tab is told in turn.
 */
export function CrossTabBanner() {
  const store = useDesignerStoreApi();
  const copy = browserCopyOf(store);
  const otherTab = useStore(copy, (s) => s.otherTab);
  const mine = useDesigner((s) => s.flow);
  const translator = useTranslator();
  const { t } = translator;
  const title = t('canvas.crossTab.title');
  const summary = useMemo(
    () => (otherTab ? summarizeChanges(diffFlows(mine, otherTab.flow, { t: translator }), translator) : ''),
    [mine, otherTab, translator],
  );
  if (!otherTab) return null;
  const choose = (choice: 'load-theirs' | 'keep-mine') => copy.getState().resolveOtherTab(choice);
  return (
    <div
      role="alert"
      aria-label={title}
      className="flex flex-wrap items-center gap-3 border-b border-rose-200 bg-danger-soft px-4 py-2 text-sm text-rose-900 dark:border-rose-900 dark:text-rose-100"
    >
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">{title}</strong>
        {t('canvas.crossTab.text', {
          time: timeOf(otherTab.savedAt, intlLocaleOf(translator.locale)),
          summary: summary.toLowerCase(),
        })}
      </p>
      <button
        type="button"
        className="rounded-md border border-rose-300 bg-white px-3 py-1 text-xs font-semibold hover:bg-rose-100 dark:border-rose-800 dark:bg-rose-900 dark:hover:bg-rose-800"
        onClick={() => choose('load-theirs')}
      >
        {t('canvas.crossTab.loadTheirs')}
      </button>
      <button
        type="button"
        className="rounded-md border border-rose-300 px-3 py-1 text-xs font-semibold hover:bg-rose-100 dark:border-rose-800 dark:hover:bg-rose-900"
        onClick={() => choose('keep-mine')}
      >
        {t('canvas.crossTab.keepMine')}
      </button>
    </div>
  );
}
