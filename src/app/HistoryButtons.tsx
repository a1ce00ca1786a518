import { canRedo, canUndo, useDesigner, useDesignerStoreApi } from '../store';
import { UiIcon } from '../ui';
import type { UiIconName } from '../ui';
import { HistoryList } from './HistoryList';
import { useTranslator } from '../i18n/react';
import { shortcutText } from '../ui/keyboard';

function ToolButton({
  glyph,
  label,
  shortcut,
  keys,
  disabled,
  onClick,
}: {
  glyph: UiIconName;
  label: string;
  shortcut: string;
  keys: string;
  disabled: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslator();
  return (
    <button
      type="button"
      aria-label={label}
      aria-keyshortcuts={keys}
      title={t('topBar.withShortcut', { label, shortcut })}
      disabled={disabled}
      onClick={onClick}
      className="inline-flex h-8 w-8 items-center justify-center rounded-md text-fg-secondary transition hover:bg-surface-raised hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:cursor-default disabled:opacity-35 disabled:hover:bg-transparent dark:hover:text-white"
    >
      <UiIcon name={glyph} size={18} />
    </button>
  );
}

/**
 * Undo and redo, named for the step they would take ("Undo add Send SMS to Paid") with the keyboard
 * shortcuts (handled by useShortcuts) in their tooltips, and the list of the last steps.
 */
export function HistoryButtons() {
  const store = useDesignerStoreApi();
  const undoable = useDesigner(canUndo);
  const redoable = useDesigner(canRedo);
  const undoText = useDesigner((s) => s.past.at(-1)?.description);
  const redoText = useDesigner((s) => s.future.at(-1)?.description);
  const { t } = useTranslator();
  return (
    <div className="flex items-center" role="group" aria-label={t('topBar.history')}>
      <ToolButton
        glyph="undo"
        label={undoText ? t('topBar.undoStep', { step: undoText }) : t('topBar.undo')}
        shortcut={shortcutText('undo')}
        keys="Control+Z Meta+Z"
        disabled={!undoable}
        onClick={() => store.getState().undo()}
      />
      <ToolButton
        glyph="redo"
        label={redoText ? t('topBar.redoStep', { step: redoText }) : t('topBar.redo')}
        shortcut={shortcutText('redo')}
        keys="Control+Shift+Z Meta+Shift+Z Control+Y"
        disabled={!redoable}
        onClick={() => store.getState().redo()}
      />
      <HistoryList />
    </div>
  );
}
