import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Icon, UiIcon } from '../../src/ui';
import { SeverityIcon } from '../../src/ui/SeverityIcon';

/** The SVG document inside a flat icon's background picture. */
function pictureOf(element: Element): string {
  const image = (element as HTMLElement).style.backgroundImage;
  const match = /^url\("data:image\/svg\+xml,(.*)"\)$/.exec(image);
  expect(match, image).not.toBeNull();
  return decodeURIComponent(match![1]!);
}

describe('flat icons (the board draws its cards’ icons as pictures)', () => {
  const sheet = document.createElement('style');
  sheet.textContent = '.text-probe-a { color: rgb(1, 2, 3) } .dark .text-probe-a { color: rgb(4, 5, 6) }';

  afterEach(() => {
    sheet.remove();
    document.documentElement.classList.remove('dark');
  });

  it('draws the same shapes as the inline icon, in the colour its classes give', () => {
    document.head.append(sheet);
    const inline = render(<Icon name="sms" size={14} />).container.querySelector('svg')!;
    const { container } = render(<Icon name="sms" size={14} flat="text-probe-a" />);
    const flat = container.firstElementChild!;
    expect(container.querySelector('svg')).toBeNull();
    expect(flat.getAttribute('aria-hidden')).toBe('true');
    expect((flat as HTMLElement).style.width).toBe('14px');
    const picture = pictureOf(flat);
    expect(picture).toContain('stroke="rgb(1, 2, 3)"');
    expect(picture).not.toContain('currentColor');
    // Every shape of the inline drawing is in the picture, with its attributes.
    for (const shape of inline.querySelectorAll('path'))
      expect(picture).toContain(`d="${shape.getAttribute('d')}"`);
  });

  it('follows the theme: switching to dark redraws the icon in its dark colour', async () => {
    document.head.append(sheet);
    const { container } = render(<UiIcon name="clock" size={12} flat="text-probe-a" />);
    expect(pictureOf(container.firstElementChild!)).toContain('rgb(1, 2, 3)');
    await act(async () => {
      document.documentElement.classList.add('dark');
      await Promise.resolve();
    });
    expect(pictureOf(container.firstElementChild!)).toContain('rgb(4, 5, 6)');
  });

  it('keeps a severity glyph’s heavier stroke', () => {
    const { container } = render(<SeverityIcon severity="error" size={12} flat />);
    expect(pictureOf(container.firstElementChild!)).toContain('stroke-width="2"');
  });
});
