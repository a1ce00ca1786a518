import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import type { PaletteItem } from '../domain/catalog';
import { itemKey, queryWords, useCatalogSearch } from '../panels/palette';
import { useTranslator } from '../i18n/react';
import { useDesigner, useDesignerStoreApi } from '../store';
import { UiIcon } from '../ui';
import { addFromPalette } from './addNode';
import { PickerOptions } from './PickerOptions';
import { pickerPlacement } from './pickerPlacement';
import { useReveal } from './useReveal';

export interface AddToStatusPickerProps {
  /** The status the chosen robot or trigger goes to. */
  statusId: string;
  /** Called on Esc, a click outside, Close, and after an item was added. */
  onClose: () => void;
  /**
   * The control that opened the picker (a lane's "+ Add robot"): the picker opens next to it and the
   * focus returns to it on close. Without one it opens near the top of the window.
   */
  anchor?: HTMLElement | null;
}

/**
 * Stops events at the picker. It is portalled to the page's body (a lane on the canvas sits inside a
 * transformed viewport, where `position: fixed` would be off), but React still bubbles its events up
 * to whatever rendered it — a lane node would take a click as "select the lane".
 */
const stop = (event: SyntheticEvent) => event.stopPropagation();

/** An option's element id: the dialog's id and the item's key, made safe for an id. */
const optionIdOf = (base: string, key: string) => `${base}-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

/** Puts the keyboard on the new card when the control that opened the picker has gone meanwhile. */
function focusCardIfLost(id: string) {
  requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus();
  });
}

/**
 * Adds one robot or trigger to a status: a search over the whole catalog (the palette's search),
 * in the palette's groups, triggers marked. Arrows move, Enter adds, Esc closes. A robot goes to the
 * end of the lane (robot.add's default), a trigger to the lane's trigger row; the new card is
 * selected and brought into view.
 */
export function AddToStatusPicker({ statusId, onClose, anchor }: AddToStatusPickerProps) {
  const store = useDesignerStoreApi();
  const reveal = useReveal();
  const translator = useTranslator();
  const { t } = translator;
  const statusName = useDesigner((s) => s.flow.statuses.find((st) => st.id === statusId)?.name);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | undefined>();
  const [placement] = useState(() => pickerPlacement(anchor));
  const search = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (key: string) => optionIdOf(baseId, key);

  const words = useMemo(() => queryWords(query), [query]);
  const sections = useCatalogSearch(query);
  const items = useMemo(() => sections.flatMap((s) => s.items), [sections]);
  const keys = useMemo(() => items.map(itemKey), [items]);
  const activeKey = active !== undefined && keys.includes(active) ? active : keys[0];

  useEffect(() => {
    search.current?.focus();
  }, []);
  useEffect(() => {
    if (activeKey)
      document.getElementById(optionIdOf(baseId, activeKey))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeKey, baseId]);

  const close = () => {
    onClose();
    if (anchor?.isConnected) anchor.focus();
  };

  const choose = (item: PaletteItem) => {
    const id =
      item.kind === 'robot'
        ? addFromPalette(store, statusId, 'robot', item.def.type)
        : addFromPalette(store, statusId, 'trigger', item.def.type);
    // Refused (simulate mode, a rule): the store has said why; the picker stays for another choice.
    if (id === undefined) return;
    close();
    reveal(id, { onlyIfHidden: true });
    focusCardIfLost(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = activeKey === undefined ? -1 : keys.indexOf(activeKey);
    const move = (to: number) => {
      event.preventDefault();
      if (keys.length > 0) setActive(keys[(to + keys.length) % keys.length]);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(i + 1);
      case 'ArrowUp':
        return move(i - 1);
      case 'PageDown':
        return move(Math.min(i + 5, keys.length - 1));
      case 'PageUp':
        return move(Math.max(i - 5, 0));
      case 'Enter': {
        if (event.target !== search.current) return;
        event.preventDefault();
        const item = items[i];
        if (item) choose(item);
        return;
      }
      case 'Escape':
        event.preventDefault();
        close();
        return;
      case 'Tab': {
        // Focus stays in the dialog: the search box and Close are all there is to reach.
        event.preventDefault();
        (document.activeElement === search.current ? closeButton : search).current?.focus();
        return;
      }
    }
  };

  const title =
    statusName === undefined
      ? t('canvas.picker.titleUnknown')
      : t('canvas.picker.title', { name: statusName });
  const total = items.length;

  return createPortal(
    <div
      className="fixed inset-0 z-50"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close();
        stop(e);
      }}
      onClick={stop}
      onPointerDown={stop}
      onDoubleClick={stop}
      onContextMenu={stop}
      onKeyDown={stop}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-label={title}
        style={placement}
        onKeyDown={onKeyDown}
        className="fixed flex flex-col overflow-hidden rounded-lg border border-border bg-surface text-sm shadow-xl"
      >
        <div className="flex items-center gap-2 border-b border-border-subtle px-3 py-2">
          <h2 className="min-w-0 flex-1 truncate text-[13px] font-semibold text-slate-900 dark:text-white">
            {title}
          </h2>
          <button
            ref={closeButton}
            type="button"
            aria-label={t('common.close')}
            title={t('canvas.picker.close.hint')}
            onClick={close}
            className="inline-flex h-7 w-7 items-center justify-center rounded-md text-fg-secondary hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-brand-500"
          >
            <UiIcon name="close" size={16} />
          </button>
        </div>
        <div className="border-b border-border-subtle p-2">
          <input
            ref={search}
            type="text"
            role="combobox"
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeKey ? optionId(activeKey) : undefined}
            aria-label={t('palette.search.label')}
            placeholder={t('palette.search.label')}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(undefined);
            }}
            className="w-full rounded-md border border-slate-300 bg-surface-base px-2.5 py-1.5 text-sm text-fg placeholder:text-fg-muted focus:border-brand-500 focus:outline-2 focus:outline-brand-500/30 dark:border-slate-700"
          />
          <p role="status" className="sr-only">
            {query.trim() ? t('palette.search.found', { count: total }) : ''}
          </p>
        </div>
        {total === 0 ? (
          <p className="px-3 py-6 text-center text-fg-muted">
            {t('palette.search.none', { query: query.trim() })}
          </p>
        ) : (
          <PickerOptions
            id={listId}
            sections={sections}
            words={words}
            activeKey={activeKey}
            optionId={optionId}
            onChoose={choose}
            onHover={setActive}
          />
        )}
      </div>
    </div>,
    document.body,
  );
}
