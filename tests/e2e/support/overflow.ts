import type { Page } from '@playwright/test';

/**
 * Visible controls and labels whose text is wider than their box, except those that cut their text
 * on purpose and show it whole elsewhere (docs/i18n.md: `data-truncates`, Tailwind's `truncate`, an
 * ellipsis), and panels wider than their box without a scroll bar to reach the rest. `more` adds
 * selectors to both lists, for a screen with controls of its own (a dialog's legends, its panel).
 */
export async function overflowing(
  page: Page,
  more: { controls?: string; panels?: string } = {},
): Promise<string[]> {
  return page.evaluate((more) => {
    const intended = (el: Element) =>
      el.closest('[data-truncates], .truncate') !== null || getComputedStyle(el).textOverflow === 'ellipsis';
    const visible = (el: HTMLElement) => {
      const box = el.getBoundingClientRect();
      // Screen-reader-only text (Tailwind's sr-only at some widths) is a 1 px box: not on screen.
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      ['button, label, [role="menuitem"], [role="status"], select, h1, h2, h3, a', more.controls]
        .filter(Boolean)
        .join(', '),
    );
    for (const el of controls) {
      if (!visible(el) || intended(el) || el.classList.contains('sr-only')) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        found.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 60)}" (${el.scrollWidth} > ${el.clientWidth})`,
        );
    }
    for (const panel of document.querySelectorAll<HTMLElement>(
      ['header, aside, [role="menu"]', more.panels].filter(Boolean).join(', '),
    )) {
      const style = getComputedStyle(panel);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (visible(panel) && !scrolls && panel.scrollWidth > panel.clientWidth + 1)
        found.push(
          `${panel.tagName.toLowerCase()} ${panel.getAttribute('aria-label') ?? ''} overflows (${panel.scrollWidth} > ${panel.clientWidth})`,
        );
    }
    return found;
  }, more);
}
