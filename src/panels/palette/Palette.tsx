import { useCallback, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { PaletteGroup } from '../../domain/catalog';
import { IconButton } from '../../ui';
import { useTranslator } from '../../i18n/react';
import type { PaletteAddArgs } from './dnd';
import type { PaletteNavigation } from './PaletteItem';
import { PaletteItemButton } from './PaletteItem';
import { PaletteSection } from './PaletteSection';
import { itemKey, queryWords } from './search';
import { useCatalogSearch } from './useCatalogSearch';

export interface PaletteProps {
  /** Click or Enter on an item: the app adds it to the selected lane (a trigger to its trigger row). */
  onAdd: (...args: PaletteAddArgs) => void;
  /** The lane click/Enter adds to, shown as the items' tooltip; omit when no lane is selected. */
  targetName?: string;
  /** Folds the palette to its icon rail; no button when omitted. */
  onCollapse?: () => void;
  className?: string;
}

/**
 * The catalog on the left: groups of robots and the triggers, a search over titles and descriptions,
 * items that drag onto a lane (@dnd-kit; the app owns the DndContext) or add on click/Enter.
 * One item is in the tab order at a time (roving tabindex); arrow keys move between items.
 */
export function Palette({ onAdd, targetName, onCollapse, className = '' }: PaletteProps) {
  const translator = useTranslator();
  const { t } = translator;
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<PaletteGroup>>(new Set());
  const [active, setActive] = useState<string | undefined>();
  const searchRef = useRef<HTMLInputElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const searching = query.trim() !== '';
  const words = useMemo(() => queryWords(query), [query]);
  const sections = useCatalogSearch(query);
  const isOpen = useCallback(
    (group: PaletteGroup) => searching || !collapsed.has(group),
    [searching, collapsed],
  );
  // The items a user can reach, top to bottom: collapsed groups' items are not rendered.
  const visibleKeys = useMemo(
    () => sections.flatMap((s) => (isOpen(s.group) ? s.items.map(itemKey) : [])),
    [sections, isOpen],
  );
  const tabbableKey = active && visibleKeys.includes(active) ? active : visibleKeys[0];
  const total = sections.reduce((n, s) => n + s.items.length, 0);

  const registerRef = useCallback((key: string, el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  }, []);

  const focusItem = useCallback((key: string | undefined) => {
    if (!key) return;
    setActive(key);
    buttons.current.get(key)?.focus();
  }, []);

  const onNavigate = useCallback(
    (from: string, to: PaletteNavigation) => {
      const i = visibleKeys.indexOf(from);
      if (to === 'previous' && i === 0) {
        searchRef.current?.focus(); // up from the first item returns to the search box
        return;
      }
      const target = {
        next: visibleKeys[Math.min(i + 1, visibleKeys.length - 1)],
        previous: visibleKeys[Math.max(i - 1, 0)],
        first: visibleKeys[0],
        last: visibleKeys[visibleKeys.length - 1],
      }[to];
      focusItem(target);
    },
    [visibleKeys, focusItem],
  );

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusItem(visibleKeys[0]);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };

  const toggle = (group: PaletteGroup) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(group)) next.delete(group);
      else next.add(group);
      return next;
    });

  const hint = targetName ? t('palette.hint.enter', { status: targetName }) : t('palette.hint.drag');

  return (
    <aside
      aria-label={t('palette.label')}
      className={`flex h-full min-h-0 flex-col border-r border-border-subtle bg-surface-base ${className}`}
    >
      <div className="flex items-center gap-1 border-b border-border-subtle p-2">
        <input
          ref={searchRef}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKeyDown}
          placeholder={t('palette.search.placeholder')}
          aria-label={t('palette.search.label')}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-surface px-2.5 py-1.5 text-sm text-fg placeholder:text-fg-muted focus:border-brand-500 focus:outline-2 focus:outline-brand-500/30 dark:border-slate-700"
        />
        {onCollapse && (
          <IconButton
            icon="sidebar"
            label={t('palette.collapse')}
            onClick={onCollapse}
            className="shrink-0"
          />
        )}
        {/* Screen readers hear how many items the search left. */}
        <p role="status" className="sr-only">
          {searching ? t('palette.search.found', { count: total }) : ''}
        </p>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-1.5 py-1">
        {sections.length === 0 ? (
          <div className="px-2 py-6 text-center text-sm text-fg-muted">
            <p>{t('palette.search.none', { query: query.trim() })}</p>
            <button
              type="button"
              onClick={() => {
                setQuery('');
                searchRef.current?.focus();
              }}
              className="mt-2 text-brand-600 underline-offset-2 hover:underline dark:text-brand-100"
            >
              {t('palette.search.clear')}
            </button>
          </div>
        ) : (
          sections.map(({ group, items }) => (
            <PaletteSection
              key={group}
              group={group}
              count={items.length}
              expanded={isOpen(group)}
              onToggle={searching ? undefined : () => toggle(group)}
            >
              {items.map((item) => {
                const key = itemKey(item);
                return (
                  // Items scrolled out of the palette are skipped when the page is painted: the
                  // board repaints the page on every frame of a pan, and the palette's 40 items
                  // were a fifth of that work.
                  <li key={key} className="[contain-intrinsic-size:auto_52px] [content-visibility:auto]">
                    <PaletteItemButton
                      item={item}
                      itemKey={key}
                      words={words}
                      tabbable={key === tabbableKey}
                      onAdd={onAdd}
                      onNavigate={onNavigate}
                      onFocusItem={setActive}
                      registerRef={registerRef}
                      hint={hint}
                    />
                  </li>
                );
              })}
            </PaletteSection>
          ))
        )}
      </div>
    </aside>
  );
}
