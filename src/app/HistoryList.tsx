import { useCallback, useRef, useState } from 'react';
import { Menu } from '../panels/statuses/Menu';
import type { MenuItem } from '../panels/statuses/Menu';
import { useDesigner, useDesignerStoreApi } from '../store';
import type { DesignerState } from '../store';
import { useTranslator } from '../i18n/react';
import type { Translator } from '../i18n/translator';
import { UiIcon } from '../ui';

/** As many steps as fit a menu under the top bar; older ones are still undone one by one. */
const SHOWN_STEPS = 15;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The design's last steps, newest first: the current one is ticked, undone ones say so. Choosing a
 * step undoes or redoes everything after or up to it, as one jump that says what it did.
 */
function historyItems(state: DesignerState, goTo: (count: number) => void, { t }: Translator): MenuItem[] {
  const { past, future } = state;
  const items: MenuItem[] = [];
  // Redo order runs from the end of `future` (next) to its start (last undone).
  const ahead = [...future].reverse().slice(0, SHOWN_STEPS);
  ahead.forEach((entry, i) => {
    const count = past.length + i + 1;
    items.unshift({
      label: t('dialogs.history.undone', { step: capitalised(entry.description) }),
      hint: t('dialogs.history.redoTo'),
      onSelect: () => goTo(count),
    });
  });
  past
    .slice(-SHOWN_STEPS)
    .reverse()
    .forEach((entry, i) => {
      const count = past.length - i;
      items.push({
        label: `${i === 0 ? '✓ ' : ''}${capitalised(entry.description)}`,
        hint: i === 0 ? t('dialogs.history.current') : t('dialogs.history.undoTo'),
        onSelect: () => goTo(count),
      });
    });
  items.push({
    label: past.length > SHOWN_STEPS ? t('dialogs.history.backFurther') : t('dialogs.history.backToStart'),
    hint: t('dialogs.history.undoAll'),
    disabled: past.length === 0,
    onSelect: () => goTo(0),
  });
  return items;
}

/** The "History" button of the top bar, beside undo and redo. */
export function HistoryList() {
  const store = useDesignerStoreApi();
  const empty = useDesigner((s) => s.past.length === 0 && s.future.length === 0);
  const [open, setOpen] = useState(false);
  const translator = useTranslator();
  const { t } = translator;
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('dialogs.history.label')}
        title={empty ? t('dialogs.history.empty') : t('dialogs.history.hint')}
        disabled={empty}
        onClick={() => setOpen((was) => !was)}
        className="inline-flex h-8 items-center justify-center rounded-md px-1 text-fg-secondary transition hover:bg-surface-raised hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:cursor-default disabled:opacity-35 disabled:hover:bg-transparent dark:hover:text-white"
      >
        <UiIcon name="chevron" size={13} />
      </button>
      {open && (
        <Menu
          label={t('dialogs.history.label')}
          anchor={button}
          onClose={close}
          items={historyItems(store.getState(), (count) => store.getState().goTo(count), translator)}
        />
      )}
    </>
  );
}
