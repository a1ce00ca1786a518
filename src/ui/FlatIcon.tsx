import { isValidElement, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';

/*
 * Icons on the board's cards drawn as pictures instead of inline SVG. Chrome gives every inline
 * <svg> a transform of its own (its viewBox) and a clip, and each splits the page's paint into more
 * pieces that it sorts into layers again on every frame of a pan: with ~170 icons in view that was
 * a quarter of a frame (npm run profile:canvas). A picture is one drawing operation. A picture
 * cannot follow `currentColor`, so each icon names the colour classes of the text beside it, and
 * they are resolved once per theme.
 */

/** The SVG markup of an icon's drawing (its React elements), for a picture of it. */
function markup(node: ReactNode): string {
  if (Array.isArray(node)) return node.map(markup).join('');
  if (!isValidElement(node)) return '';
  const { children, ...attributes } = node.props as Record<string, unknown>;
  // A fragment (or any component wrapper) contributes its children only.
  if (typeof node.type !== 'string') return markup(children as ReactNode);
  const written = Object.entries(attributes)
    .map(
      ([name, value]) =>
        ` ${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escape(String(value))}"`,
    )
    .join('');
  return `<${node.type}${written}>${markup(children as ReactNode)}</${node.type}>`;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const pictures = new Map<string, string>();

function pictureOf(key: string, drawing: ReactNode, colour: string, strokeWidth: number): string {
  const id = `${key}|${colour}|${strokeWidth}`;
  let url = pictures.get(id);
  if (url === undefined) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" ` +
      `stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round">${markup(drawing)}</svg>`;
    url = `url("data:image/svg+xml,${encodeURIComponent(svg.replaceAll('currentColor', colour))}")`;
    pictures.set(id, url);
  }
  return url;
}

const colours = new Map<string, string>();
let probe: HTMLElement | undefined;

/** The text colour `classes` give in the current theme, read from the style sheet once per theme. */
function colourOf(classes: string, dark: boolean): string {
  const key = `${dark ? 'dark' : 'light'} ${classes}`;
  let colour = colours.get(key);
  if (colour === undefined) {
    // A hidden element in the page: computed style without layout.
    probe ??= document.body.appendChild(Object.assign(document.createElement('span'), { hidden: true }));
    probe.className = classes;
    colour = getComputedStyle(probe).color || '#64748b';
    colours.set(key, colour);
  }
  return colour;
}

// The theme is a class on <html> (App sets it): one observer tells every icon when it changes.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function onThemeChange(listener: () => void) {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  }
  return () => {
    listeners.delete(listener);
  };
}

const isDark = () => document.documentElement.classList.contains('dark');

export interface FlatIconProps {
  /** Names the drawing in the picture cache (the icon's name). */
  drawingKey: string;
  drawing: ReactNode;
  size: number;
  /** Classes whose text colour the icon takes, e.g. 'text-sky-700 dark:text-sky-300'. */
  colour: string;
  strokeWidth?: number;
  className?: string;
}

/** A decorative icon drawn as one picture (see above); same size and drawing as the inline one. */
export function FlatIcon({
  drawingKey,
  drawing,
  size,
  colour,
  strokeWidth = 1.75,
  className = '',
}: FlatIconProps) {
  const dark = useSyncExternalStore(onThemeChange, isDark, () => false);
  return (
    <span
      aria-hidden="true"
      data-icon={drawingKey}
      className={`inline-block shrink-0 ${className}`}
      style={{
        width: size,
        height: size,
        backgroundImage: pictureOf(drawingKey, drawing, colourOf(colour, dark), strokeWidth),
        backgroundSize: '100% 100%',
      }}
    />
  );
}
