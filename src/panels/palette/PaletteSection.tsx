import { useId } from 'react';
import type { ReactNode } from 'react';
import type { PaletteGroup } from '../../domain/catalog';
import { paletteGroupTitle } from '../../i18n/catalogText';
import { useTranslator } from '../../i18n/react';
import { fullText } from '../../ui';

interface Props {
  group: PaletteGroup;
  count: number;
  expanded: boolean;
  /** Absent while searching: results are always shown, so there is nothing to collapse. */
  onToggle?: () => void;
  children: ReactNode;
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="12"
      height="12"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      aria-hidden="true"
      className={`shrink-0 transition-transform ${open ? 'rotate-90' : ''}`}
    >
      <path d="M9 6l6 6-6 6" />
    </svg>
  );
}

/** A labelled, collapsible group of the palette ("For employees", …) with its item count. */
export function PaletteSection({ group, count, expanded, onToggle, children }: Props) {
  const titleId = useId();
  const countId = useId();
  const listId = useId();
  const translator = useTranslator();
  const name = paletteGroupTitle(translator, group);
  // Cut (with its full text on hover and focus) rather than run under the count drawn over the
  // button's end: «Коммуникации с клиентом» is wider than the palette's heading.
  const title = (
    <span id={titleId} className="min-w-0 truncate" {...fullText(name)}>
      {name}
    </span>
  );
  const countBadge = (
    <span className="ml-auto rounded-full bg-surface-raised px-1.5 text-[10px] font-semibold text-fg-subtle tabular-nums">
      <span aria-hidden="true">{count}</span>
      <span id={countId} className="sr-only">
        {translator.t('palette.items', { count })}
      </span>
    </span>
  );
  const headerClass =
    'flex w-full items-center gap-1.5 py-1.5 text-[11px] font-semibold uppercase tracking-wide text-fg-muted';
  return (
    <div role="group" aria-labelledby={titleId} className="py-1">
      <h3 className="relative m-0">
        {onToggle ? (
          <>
            <button
              type="button"
              aria-labelledby={titleId}
              aria-describedby={countId}
              aria-expanded={expanded}
              aria-controls={listId}
              onClick={onToggle}
              className={`${headerClass} rounded-md pl-2 pr-10 hover:bg-surface-raised hover:text-fg-soft focus-visible:outline-2 focus-visible:outline-brand-500`}
            >
              <Chevron open={expanded} />
              {title}
            </button>
            {/* Drawn over the button's right end rather than inside it: everything a button shows
                must be part of its name (WCAG 2.5.3), and the count is its description instead.
                Clicks go through to the button. */}
            <span className="pointer-events-none absolute inset-y-0 right-2 flex items-center">
              {countBadge}
            </span>
          </>
        ) : (
          <span className={`${headerClass} px-2`}>
            {title}
            {countBadge}
          </span>
        )}
      </h3>
      {expanded && (
        <ul id={listId} className="m-0 list-none space-y-px p-0">
          {children}
        </ul>
      )}
    </div>
  );
}
