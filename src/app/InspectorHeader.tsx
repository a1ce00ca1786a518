import { useTranslator } from '../i18n/react';
import { UiIcon } from '../ui';

interface Props {
  /** What the dock shows: "Robot", "Trigger", "Status", "2 selected", or "Inspector" when empty. */
  title: string;
  pinned: boolean;
  onPinnedChange: (pinned: boolean) => void;
  onClose: () => void;
}

const buttonClass =
  'inline-flex h-7 items-center gap-1 rounded-md px-1.5 text-xs font-medium text-fg-secondary hover:bg-surface-raised hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-500 dark:hover:text-white';

/** The dock's title row: what is shown, "Keep open" (a toggle) and Close. */
export function InspectorHeader({ title, pinned, onPinnedChange, onClose }: Props) {
  const { t } = useTranslator();
  return (
    <div className="flex h-10 shrink-0 items-center gap-1 border-b border-border-subtle pl-3 pr-1.5">
      <h2 className="mr-auto truncate text-[11px] font-semibold uppercase tracking-wide text-fg-muted">
        {title}
      </h2>
      <button
        type="button"
        aria-pressed={pinned}
        title={t(pinned ? 'inspector.dock.pinned' : 'inspector.dock.unpinned')}
        onClick={() => onPinnedChange(!pinned)}
        className={`${buttonClass} aria-pressed:bg-brand-50 aria-pressed:text-brand-700 dark:aria-pressed:bg-slate-800 dark:aria-pressed:text-brand-100`}
      >
        <UiIcon name="pin" size={14} />
        {t('inspector.dock.keepOpen')}
      </button>
      <button
        type="button"
        aria-label={t('inspector.dock.close')}
        title={t('inspector.dock.closeHint')}

        onClick={onClose}
        className={`${buttonClass} w-7 justify-center`}
      >
        <UiIcon name="close" size={16} />
      </button>
    </div>
  );
}
