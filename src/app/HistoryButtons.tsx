import { canRedo, canUndo, useDesigner, useDesignerStoreApi } from '../store';
import { UiIcon } from '../ui';
import type { UiIconName } from '../ui';
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
  return (
    <button
      type="button"
      aria-label={label}
      aria-keyshortcuts={keys}
      title={`${label} (${shortcut})`}
      disabled={disabled}
      onClick={onClick}
      className="inline-flex h-8 w-8 items-center justify-center rounded-md text-fg-secondary transition hover:bg-surface-raised hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:cursor-default disabled:opacity-35 disabled:hover:bg-transparent dark:hover:text-white"
    >
      <UiIcon name={glyph} size={18} />
    </button>
  );
}

/** Undo and redo, with the keyboard shortcuts (handled by useShortcuts) in their tooltips. */
export function HistoryButtons() {
  const store = useDesignerStoreApi();
  const undoable = useDesigner(canUndo);
  const redoable = useDesigner(canRedo);
  return (
    <div className="flex items-center" role="group" aria-label="History">
      <ToolButton
        glyph="undo"
        label="Undo"
        shortcut={shortcutText('undo')}
        keys="Control+Z Meta+Z"
        disabled={!undoable}
        onClick={() => store.getState().undo()}
      />
      <ToolButton
        glyph="redo"
        label="Redo"
        shortcut={shortcutText('redo')}
        keys="Control+Shift+Z Meta+Shift+Z Control+Y"
        disabled={!redoable}
        onClick={() => store.getState().redo()}
      />
    </div>
  );
}
