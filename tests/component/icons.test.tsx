import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ICON_NAMES } from '../../src/domain/catalog/types';
import { DRAWN_ICONS, Icon } from '../../src/ui';

describe('icons', () => {
  it('draws every catalog icon inline, hidden from assistive technology', () => {
    expect([...DRAWN_ICONS].sort()).toEqual([...ICON_NAMES].sort());
    for (const name of ICON_NAMES) {
      const { container, unmount } = render(<Icon name={name} />);
      const svg = container.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.children.length).toBeGreaterThan(0);
      unmount();
    }
  });
});
