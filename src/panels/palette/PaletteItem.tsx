import { memo, useId } from 'react';
import type { KeyboardEvent } from 'react';
import { useDraggableLater } from '../../ui/dragLater';
import type { PaletteItem as CatalogItem } from '../../domain/catalog';
import { fullText, Icon } from '../../ui';
import { catalogDescription, catalogTitle } from '../../i18n/catalogText';
import { useTranslator } from '../../i18n/react';
import type { PaletteAddArgs } from './dnd';
import { paletteDraggableId, paletteDragData } from './dnd';
import { Highlight } from './Highlight';
import { GROUP_TILE, groupOf } from './tones';

export type PaletteNavigation = 'next' | 'previous' | 'first' | 'last';

interface Props {
  item: CatalogItem;
  words: readonly string[];
  /** The one item of the palette in the tab order (roving tabindex). */
  tabbable: boolean;
  onAdd: (...args: PaletteAddArgs) => void;
  onNavigate: (from: string, to: PaletteNavigation) => void;
  onFocusItem: (key: string) => void;
  registerRef: (key: string, el: HTMLButtonElement | null) => void;
  itemKey: string;
  hint?: string;
}

const NAV_KEYS: Record<string, PaletteNavigation> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/** One catalog entry: a button named by its title that adds on click/Enter and drags onto a lane. */
function PaletteItemComponent({
  item,
  words,
  tabbable,
  onAdd,
  onNavigate,
  onFocusItem,
  registerRef,
  itemKey,
  hint,
}: Props) {
  const descriptionId = useId();
  const translator = useTranslator();
  const title = catalogTitle(translator, item.kind, item.def.type);
  const description = catalogDescription(translator, item.kind, item.def.type);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggableLater(
    paletteDraggableId(item.kind, item.def.type),
    paletteDragData(item),
  );
  const add = () => (item.kind === 'robot' ? onAdd('robot', item.def.type) : onAdd('trigger', item.def.type));

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // While a keyboard drag runs, its sensor owns the keys (arrows move, Enter/Space drop).
    if (!isDragging) {
      if (event.key === 'Enter') {
        // Enter adds; Space is left to dnd-kit's keyboard sensor to pick the item up.
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
    // dnd-kit types its listeners loosely (Function); the keyboard sensor's handler takes the event.
    (listeners?.onKeyDown as ((e: KeyboardEvent<HTMLButtonElement>) => void) | undefined)?.(event);
  };

  return (
    <button
      type="button"
      ref={(el) => {
        setNodeRef(el);
        registerRef(itemKey, el);
      }}
      aria-describedby={[descriptionId, attributes['aria-describedby']].filter(Boolean).join(' ')}
      aria-roledescription={attributes['aria-roledescription']}
      aria-pressed={attributes['aria-pressed']}
      tabIndex={tabbable ? 0 : -1}
      // The description shows on one line; the tooltip holds all of it and how to place the item.
      title={hint ? `${description}\n${hint}` : description}
      {...listeners}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusItem(itemKey)}
      onClick={add}
      className={`group flex w-full cursor-grab touch-none items-start gap-2.5 rounded-md px-2 py-1.5 text-left transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-500 active:cursor-grabbing dark:hover:bg-slate-800 ${
        isDragging ? 'opacity-40' : ''
      }`}
    >
      <span
        className={`mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-md ${GROUP_TILE[groupOf(item)]}`}
      >
        <Icon name={item.def.icon} size={16} />
      </span>
      <span className="min-w-0 flex-1">
        <span
          className="block truncate text-[13px] font-medium text-slate-800 dark:text-slate-100"
          {...fullText(title)}
        >
          <Highlight text={title} words={words} />
        </span>
        {/* Whole while searching, so a match late in the sentence stays visible. Hidden from the
            button's name, which is thus the title alone (as the user sees it first), but read as
            its description through aria-describedby. */}
        <span
          id={descriptionId}
          aria-hidden="true"
          {...fullText(description)}
          className={`block text-xs leading-4 text-fg-muted ${words.length ? '' : 'truncate'}`}
        >
          <Highlight text={description} words={words} />
        </span>
      </span>
    </button>
  );
}

export const PaletteItemButton = memo(PaletteItemComponent);
