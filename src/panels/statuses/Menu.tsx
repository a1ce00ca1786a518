import { useEffect, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Why it is disabled, or what it does, for the tooltip and screen readers. */
  hint?: string;
  danger?: boolean;
}

interface MenuProps {
  label: string;
  anchor: RefObject<HTMLElement | null>;
  items: MenuItem[];
  onClose: () => void;
}

/**
 * A menu following the WAI-ARIA menu button pattern: focus on the first item, arrows/Home/End move,
 * Enter chooses, Escape and Tab close and return focus to the button. Portalled and fixed under the
 * button because lane headers live in a clipped, transformed React Flow node.
 */
export function Menu({ label, anchor, items, onClose }: MenuProps) {
  const menu = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    // Placed before paint, straight on the element: the anchor moves with the canvas, not with React state.
    const rect = anchor.current?.getBoundingClientRect();
    if (rect && menu.current) {
      menu.current.style.top = `${rect.bottom + 4}px`;
      menu.current.style.left = `${rect.left}px`;
    }
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [anchor]);

  useEffect(() => {
    const onPointerDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !anchor.current?.contains(target)) onClose();
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [anchor, onClose]);

  const close = () => {
    onClose();
    anchor.current?.focus();
  };
  // Focus goes back to the button before the chosen action runs, so a dialog it opens returns there.
  const done = () => {
    anchor.current?.focus();
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The menu's keys are its own: the designer's shortcuts must not also act on them.
    event.stopPropagation();
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        return focus(at + 1);
      case 'ArrowUp':
        event.preventDefault();
        return focus(at - 1);
      case 'Home':
        event.preventDefault();
        return focus(0);
      case 'End':
        event.preventDefault();
        return focus(entries.length - 1);
      case 'Escape':
        event.preventDefault();
        return close();
      case 'Tab':
        return onClose();
    }
  };

  return createPortal(
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      onKeyDown={onKeyDown}
      className="fixed z-40 min-w-48 rounded-lg bg-surface py-1 text-sm shadow-lg ring-1 ring-border"
    >
      {items.map((item) => (
        <MenuEntry key={item.label} item={item} onDone={done} />
      ))}
    </div>,
    document.body,
  );
}

function MenuEntry({ item, onDone }: { item: MenuItem; onDone: () => void }): ReactNode {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      // aria-disabled keeps the item reachable, so the user can still read why it is unavailable.
      aria-disabled={item.disabled || undefined}
      title={item.hint}
      onClick={() => {
        if (item.disabled) return;
        onDone();
        item.onSelect();
      }}
      className={`block w-full px-3 py-1.5 text-left focus:bg-slate-100 focus:outline-none aria-disabled:cursor-not-allowed aria-disabled:opacity-50 dark:focus:bg-slate-800 ${
        item.danger ? 'text-rose-700 dark:text-rose-300' : 'text-slate-800 dark:text-slate-100'
      }`}
    >
      {item.label}
    </button>
  );
}
