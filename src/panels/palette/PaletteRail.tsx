import { Fragment, useCallback, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { paletteGroups } from '../../domain/catalog';
import { catalogTitle, paletteGroupTitle } from '../../i18n/catalogText';
import { useTranslator } from '../../i18n/react';
import type { PaletteItem } from '../../domain/catalog';
import { UiIcon } from '../../ui';
import type { PaletteAddArgs } from './dnd';
import type { PaletteNavigation } from './PaletteItem';
import { RailItem } from './RailItem';
import { itemKey } from './search';

export interface PaletteRailProps {
  /** Click or Enter on an item, as in the full palette: added to the selected lane. */
  onAdd: (...args: PaletteAddArgs) => void;
  /** Unfolds the full palette. */
  onExpand: () => void;
  /** The lane click/Enter adds to, said in the tooltip; omit when no lane is selected. */
  targetName?: string;
}

type Tip = { item: PaletteItem; top: number; left: number };

/**
 * The palette folded to a narrow rail, so the board gets the width: every catalog item as an icon
 * tile in its group's colours, groups apart, the title as each button's name and as a tooltip on
 * hover or keyboard focus. The tooltip is drawn at the window's level: the rail scrolls, and a
 * scrolling box would clip anything sticking out of it.
 */
export function PaletteRail({ onAdd, onExpand, targetName }: PaletteRailProps) {
  const translator = useTranslator();
  const { t } = translator;
  const groups = useMemo(() => paletteGroups(), []);
  const keys = useMemo(() => groups.flatMap((g) => g.items.map(itemKey)), [groups]);
  const [active, setActive] = useState<string | undefined>();
  const [tip, setTip] = useState<Tip | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const registerRef = useCallback((key: string, el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  }, []);

  const onNavigate = useCallback(
    (from: string, to: PaletteNavigation) => {
      const i = keys.indexOf(from);
      const target = {
        next: keys[Math.min(i + 1, keys.length - 1)],
        previous: keys[Math.max(i - 1, 0)],
        first: keys[0],
        last: keys[keys.length - 1],
      }[to];
      if (!target) return;
      setActive(target);
      buttons.current.get(target)?.focus();
    },
    [keys],
  );

  const onTip = useCallback((item: PaletteItem | null, anchor?: HTMLElement) => {
    if (!item || !anchor) {
      setTip(null);
      return;
    }
    const box = anchor.getBoundingClientRect();
    setTip({ item, top: box.top + box.height / 2, left: box.right + 8 });
  }, []);

  const tabbable = active ?? keys[0];

  return (
    <aside
      aria-label={t('palette.label')}
      className="flex h-full min-h-0 w-12 flex-col items-center border-r border-border-subtle bg-surface-base"
    >
      <div className="flex w-full justify-center border-b border-border-subtle py-1.5">
        <button
          type="button"
          aria-label={t('palette.expand')}
          title={t('palette.expand')}
          onClick={onExpand}
          className="inline-flex h-8 w-8 items-center justify-center rounded-md text-fg-secondary hover:bg-surface-raised hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:text-white"
        >
          <UiIcon name="sidebar" size={18} className="-scale-x-100" />
        </button>
      </div>
      <div className="min-h-0 w-full flex-1 overflow-y-auto overflow-x-hidden py-1.5 [scrollbar-width:thin]">
        {groups.map(({ group, items }, index) => (
          <Fragment key={group}>
            {index > 0 && <hr className="mx-2.5 my-1.5 border-border" />}
            <ul
              aria-label={paletteGroupTitle(translator, group)}
              className="m-0 flex list-none flex-col items-center gap-1 p-0"
            >
              {items.map((item) => {
                const key = itemKey(item);
                return (
                  <li key={key}>
                    <RailItem
                      item={item}
                      itemKey={key}
                      tabbable={key === tabbable}
                      onAdd={onAdd}
                      onNavigate={onNavigate}
                      onFocusItem={setActive}
                      registerRef={registerRef}
                      onTip={onTip}
                    />
                  </li>
                );
              })}
            </ul>
          </Fragment>
        ))}
      </div>
      {tip &&
        createPortal(
          // Visual only: the button's own name already says the title to assistive technology.
          <div
            aria-hidden="true"
            style={{ top: tip.top, left: tip.left }}
            className="pointer-events-none fixed z-50 max-w-64 -translate-y-1/2 rounded-md bg-slate-900 px-2.5 py-1.5 text-xs text-white shadow-lg dark:bg-slate-700"
          >
            <span className="block font-semibold">
              {catalogTitle(translator, tip.item.kind, tip.item.def.type)}
              {tip.item.kind === 'trigger' && (
                <span className="font-normal opacity-75"> · {t('palette.kind.trigger')}</span>
              )}
            </span>
            <span className="block opacity-80">
              {targetName ? t('palette.hint.click', { status: targetName }) : t('palette.hint.drag')}
            </span>
          </div>,
          document.body,
        )}
    </aside>
  );
}
