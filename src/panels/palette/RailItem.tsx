import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import { useDraggableLater } from '../../ui/dragLater';
import type { PaletteItem as CatalogItem } from '../../domain/catalog';
import { Icon } from '../../ui';
import { catalogTitle } from '../../i18n/catalogText';
import { useTranslator } from '../../i18n/react';
import type { PaletteAddArgs } from './dnd';
import { paletteDraggableId, paletteDragData } from './dnd';
import type { PaletteNavigation } from './PaletteItem';
import { GROUP_TILE, groupOf } from './tones';

interface Props {
  item: CatalogItem;
  itemKey: string;
  /** The one item of the rail in the tab order (roving tabindex). */
  tabbable: boolean;
  onAdd: (...args: PaletteAddArgs) => void;
  onNavigate: (from: string, to: PaletteNavigation) => void;
  onFocusItem: (key: string) => void;
  registerRef: (key: string, el: HTMLButtonElement | null) => void;
  /** Shows or hides the rail's tooltip for this item (hover and keyboard focus alike). */
  onTip: (item: CatalogItem | null, anchor?: HTMLElement) => void;
}

const NAV_KEYS: Record<string, PaletteNavigation> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/**
 * One catalog entry of the folded palette: an icon button named by the item's title. It adds on
 * click/Enter and drags onto a lane exactly as the full palette's item does (same draggable id and
 * data; the two are never mounted together).
 */
function RailItemComponent({
  item,
  itemKey,
  tabbable,
  onAdd,
  onNavigate,
  onFocusItem,
  registerRef,
  onTip,
}: Props) {
  const translator = useTranslator();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggableLater(
    paletteDraggableId(item.kind, item.def.type),
    paletteDragData(item),
  );
  const add = () => (item.kind === 'robot' ? onAdd('robot', item.def.type) : onAdd('trigger', item.def.type));

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // While a keyboard drag runs, its sensor owns the keys (arrows move, Enter/Space drop).
    if (!isDragging) {
      if (event.key === 'Enter') {
        event.preventDefault();
        add();
        return;
      }
      const nav = NAV_KEYS[event.key];
      if (nav) {
        event.preventDefault();
        onNavigate(itemKey, nav);
        return;
      }
    }
    (listeners?.onKeyDown as ((e: KeyboardEvent<HTMLButtonElement>) => void) | undefined)?.(event);
  };

  return (
    <button
      type="button"
      ref={(el) => {
        setNodeRef(el);
        registerRef(itemKey, el);
      }}
      aria-label={catalogTitle(translator, item.kind, item.def.type)}
      aria-describedby={attributes['aria-describedby']}
      aria-roledescription={attributes['aria-roledescription']}
      aria-pressed={attributes['aria-pressed']}
      tabIndex={tabbable ? 0 : -1}
      {...listeners}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        onFocusItem(itemKey);
        onTip(item, e.currentTarget);
      }}
      onBlur={() => onTip(null)}
      onPointerEnter={(e) => onTip(item, e.currentTarget)}
      onPointerLeave={() => onTip(null)}
      onClick={add}
      className={`flex h-9 w-9 cursor-grab touch-none items-center justify-center rounded-md transition hover:ring-2 hover:ring-slate-300 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-500 active:cursor-grabbing dark:hover:ring-slate-600 ${
        GROUP_TILE[groupOf(item)]
      } ${isDragging ? 'opacity-40' : ''}`}
    >
      <Icon name={item.def.icon} size={17} />
    </button>
  );
}

export const RailItem = memo(RailItemComponent);
