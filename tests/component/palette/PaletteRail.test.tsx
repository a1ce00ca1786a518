import { DndContext } from '@dnd-kit/core';
import type { DragStartEvent } from '@dnd-kit/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DragProbes } from '../../../src/app/DragProbes';
import { PALETTE_GROUP_TITLES, paletteGroups } from '../../../src/domain/catalog';
import { PaletteRail, usePaletteSensors } from '../../../src/panels/palette';
import type { PaletteRailProps } from '../../../src/panels/palette';

/** The rail as the app mounts it: inside a DndContext with the palette's sensors and
 * the probes that run dnd-kit's hooks for its items. */
function Harness(props: PaletteRailProps & { onDragStart?: (event: DragStartEvent) => void }) {
  const sensors = usePaletteSensors();
  return (
    <DndContext sensors={sensors} onDragStart={props.onDragStart}>
      <PaletteRail {...props} />
      <DragProbes />
    </DndContext>
  );
}

function renderRail() {
  const onAdd = vi.fn();
  const onExpand = vi.fn();
  const onDragStart = vi.fn();
  const user = userEvent.setup();
  render(<Harness onAdd={onAdd} onExpand={onExpand} onDragStart={onDragStart} targetName="Shipped" />);
  const rail = screen.getByRole('complementary', { name: 'Palette' });
  return { onAdd, onExpand, onDragStart, user, rail };
}

describe('the palette rail', () => {
  it('shows every catalog item as a button named by its title, in labelled groups set apart', () => {
    const { rail } = renderRail();
    const groups = paletteGroups();
    for (const { group, items } of groups) {
      const list = within(rail).getByRole('list', { name: PALETTE_GROUP_TITLES[group] });
      expect(
        within(list)
          .getAllByRole('button')
          .map((b) => b.getAttribute('aria-label')),
      ).toEqual(items.map((item) => item.def.title));
    }
    expect(within(rail).getAllByRole('separator')).toHaveLength(groups.length - 1);
  });

  it('adds on click and on Enter, as the full palette does', async () => {
    const { onAdd, user, rail } = renderRail();
    await user.click(within(rail).getByRole('button', { name: 'Send SMS' }));
    expect(onAdd).toHaveBeenLastCalledWith('robot', 'sms.send');
    within(rail).getByRole('button', { name: 'Webhook' }).focus();
    await user.keyboard('{Enter}');
    expect(onAdd).toHaveBeenLastCalledWith('trigger', 'webhook');
    expect(onAdd).toHaveBeenCalledTimes(2);
  });

  it('shows the title as a tooltip on focus and hover', async () => {
    const { user, rail } = renderRail();
    await user.hover(within(rail).getByRole('button', { name: 'Send SMS' }));
    expect(document.body).toHaveTextContent('Drag onto a lane, or click to add to Shipped');
    await user.unhover(within(rail).getByRole('button', { name: 'Send SMS' }));
    expect(document.body).not.toHaveTextContent('Drag onto a lane');
    fireEvent.focus(within(rail).getByRole('button', { name: 'Webhook' }));
    expect(document.body).toHaveTextContent('Webhook · Trigger');
  });

  it('moves between items with the arrows, one item in the tab order', async () => {
    const { user, rail } = renderRail();
    const buttons = within(rail)
      .getAllByRole('button')
      .filter((b) => b.getAttribute('aria-label') !== 'Expand the palette');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons.at(-1)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(buttons.at(-2)).toHaveFocus();
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons.at(-2)]);
  });

  it('drags with the same data as the full palette (Space picks an item up)', async () => {
    const { onDragStart, user, rail } = renderRail();
    within(rail).getByRole('button', { name: 'Send SMS' }).focus();
    await user.keyboard(' ');
    expect(onDragStart).toHaveBeenCalledTimes(1);
    const { active } = onDragStart.mock.calls[0]![0] as DragStartEvent;
    expect(active.id).toBe('palette:robot:sms.send');
    expect(active.data.current).toEqual({ source: 'palette', kind: 'robot', type: 'sms.send' });
  });

  it('unfolds with "Expand the palette"', async () => {
    const { onExpand, user } = renderRail();
    await user.click(screen.getByRole('button', { name: 'Expand the palette' }));
    expect(onExpand).toHaveBeenCalledTimes(1);
  });
});
