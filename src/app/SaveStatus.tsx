import { isDirty, useDesigner, useDesignerStoreApi } from '../store';
import { UiIcon } from '../ui';
import { useTranslator } from '../i18n/react';
import { ServerRevision } from './ServerRevision';
import { WIDE_ONLY_SR } from '../ui/barFold';

/**
 * Whether the design is in the browser's storage, and a way back to that version; then whether it is
 * on the server. Autosave writes a moment after each change, so "Unsaved changes" normally lasts a
 * blink; it stays when saving fails or another tab saved a newer version of the design.
 */
export function SaveStatus() {
  const store = useDesignerStoreApi();
  const dirty = useDesigner(isDirty);
  const error = useDesigner((s) => s.saveError);
  const { t } = useTranslator();
  const state = dirty ? t('topBar.save.unsaved') : t('topBar.save.saved');
  return (
    <div className="flex items-center gap-1.5">
      <span
        role="status"
        title={error ? t('topBar.save.failed', { error }) : state}
        className={`inline-flex items-center min-[1400px]:min-w-[9.5rem] gap-1.5 text-xs ${
          dirty ? 'text-amber-700 dark:text-amber-300' : 'text-fg-muted'
        }`}
      >
        {dirty ? (
          <span className="h-2 w-2 rounded-full bg-amber-500" aria-hidden="true" />
        ) : (
          <UiIcon name="check" size={14} className="text-emerald-600 dark:text-emerald-400" />
        )}
        {/* Just the mark on narrower screens; the words stay for screen readers and the tooltip. */}
        <span className="max-[1400px]:sr-only">{state}</span>
      </span>
      {/* Always there (disabled when clean), so the bar does not jump while autosave catches up. */}
      <button
        type="button"
        title={t('topBar.revert.hint')}
        disabled={!dirty}
        onClick={() => store.getState().revertToSaved()}
        className="inline-flex items-center gap-1 rounded-md px-1.5 py-1 text-xs font-medium text-fg-secondary hover:bg-surface-raised hover:text-slate-900 disabled:cursor-default disabled:opacity-40 disabled:hover:bg-transparent"
      >
        <UiIcon name="revert" size={13} />
        {/* Icon only in a crowded bar; the word stays the button's name. */}
        <span data-fold="1" className={WIDE_ONLY_SR}>
          {t('topBar.revert')}
        </span>
      </button>
      <ServerRevision />
    </div>
  );
}
