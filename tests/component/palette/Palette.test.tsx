import { DndContext } from '@dnd-kit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DragProbes } from '../../../src/app/DragProbes';
import { createRobot, createTrigger } from '../../../src/domain/factory';
import { statusId } from '../../../src/domain/ids';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { ROBOT_TYPES, TRIGGER_TYPES } from '../../../src/domain/types';
import {
  Palette,
  PaletteDragPreview,
  isPaletteDragData,
  paletteDraggableId,
  usePaletteSensors,
} from '../../../src/panels/palette';
import type { PaletteProps } from '../../../src/panels/palette';

/** The palette as the app mounts it: inside the app's DndContext with the recommended sensors and
 * the probes that run dnd-kit's hooks for its items. */
function Harness({ onAdd }: { onAdd: PaletteProps['onAdd'] }) {
  const sensors = usePaletteSensors();
  return (
    <DndContext sensors={sensors}>
      <Palette onAdd={onAdd} targetName="Paid" />
      <DragProbes />
    </DndContext>
  );
}

/**
 * An item's accessible name as the browser computes it from its content: its text without the
 * parts hidden from assistive technology (the description, which is its description instead).
 */
function nameFromContent(button: HTMLElement): string {
  const copy = button.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent?.trim() ?? '';
}

/** The catalog items (not the group toggles) inside a container, by accessible name. */
function itemNames(container: HTMLElement): string[] {
  return within(container)
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-roledescription') === 'draggable')
    .map(nameFromContent);
}

function renderPalette() {
  const onAdd = vi.fn();
  const user = userEvent.setup();
  render(<Harness onAdd={onAdd} />);
  const search = screen.getByRole('searchbox', { name: /search rules and triggers/i });
  return { onAdd, user, search };
}

describe('Palette', () => {
  it('shows the four groups, labelled, each holding its catalog items by title', () => {
    renderPalette();
    const palette = screen.getByRole('complementary', { name: 'Palette' });
    for (const name of ['For employees', 'Client communications', 'Order', 'Triggers']) {
      expect(within(palette).getByRole('group', { name })).toBeInTheDocument();
    }
    const comms = screen.getByRole('group', { name: 'Client communications' });
    expect(itemNames(comms)).toEqual([
      'Send email',
      'Send SMS',
      'Robocall',
      "Send message to the client's chat",
    ]);
    const order = screen.getByRole('group', { name: 'Order' });
    expect(itemNames(order)).toContain('Mark order paid');
    expect(within(order).getByRole('button', { name: 'Order' })).toHaveAccessibleDescription(/7 items/);
    const triggers = screen.getByRole('group', { name: 'Triggers' });
    expect(within(triggers).getByRole('button', { name: 'Payment' })).toBeInTheDocument();
    // Every catalog type is offered exactly once.
    expect(itemNames(palette)).toHaveLength(ROBOT_TYPES.length + TRIGGER_TYPES.length);
  });

  it('describes each item with its one-line description', () => {
    renderPalette();
    expect(screen.getByRole('button', { name: 'Send email' })).toHaveAccessibleDescription(
      /Sends the client an email/,
    );
  });

  it('collapses and expands a group', async () => {
    const { user } = renderPalette();
    const toggle = screen.getByRole('button', { name: 'Order' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Mark order paid' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Mark order paid' })).toBeInTheDocument();
  });

  it('filters by title, case-insensitively', async () => {
    const { user, search } = renderPalette();
    await user.type(search, 'SEND EMAIL');
    expect(screen.getByRole('button', { name: 'Send email' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send SMS' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Order' })).not.toBeInTheDocument();
    // "Incoming email" matches through its description ("…the client sends an email").
    expect(itemNames(screen.getByRole('complementary', { name: 'Palette' }))).toEqual([
      'Send email',
      'Incoming email',
    ]);
    expect(screen.getByText('2 items found')).toBeInTheDocument();
  });

  it('filters by description', async () => {
    const { user, search } = renderPalette();
    await user.type(search, 'business process');
    expect(screen.getByRole('button', { name: 'Run a workflow' })).toBeInTheDocument();
    expect(itemNames(screen.getByRole('complementary', { name: 'Palette' }))).toEqual(['Run a workflow']);
  });

  it('says so when nothing matches, and clears the search on request', async () => {
    const { user, search } = renderPalette();
    await user.type(search, 'teleport');
    expect(screen.getByText(/No rules or triggers match “teleport”/)).toBeInTheDocument();
    expect(screen.queryAllByRole('group')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(search).toHaveValue('');
    expect(screen.getAllByRole('group')).toHaveLength(4);
  });

  it('adds an item on click, with its kind and type', async () => {
    const { user, onAdd } = renderPalette();
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    expect(onAdd).toHaveBeenCalledExactlyOnceWith('robot', 'email.send');
    await user.click(screen.getByRole('button', { name: 'Payment' }));
    expect(onAdd).toHaveBeenLastCalledWith('trigger', 'payment.received');
  });

  it('adds the focused item on Enter, once', async () => {
    const { user, onAdd, search } = renderPalette();
    await user.type(search, 'webhook');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Webhook' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onAdd).toHaveBeenCalledExactlyOnceWith('trigger', 'webhook');
  });

  it('is reached with Tab and walked with the arrow keys across groups', async () => {
    const { user, search } = renderPalette();
    await user.tab();
    expect(search).toHaveFocus();
    // The group toggle, then the first item: the one tab stop among the items.
    await user.tab();
    expect(screen.getByRole('button', { name: 'For employees' })).toHaveFocus();
    await user.tab();
    const [firstName, secondName] = itemNames(screen.getByRole('group', { name: 'For employees' }));
    const first = screen.getByRole('button', { name: firstName });
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: secondName })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(search).toHaveFocus();
    await user.keyboard('{ArrowDown}{End}');
    expect(screen.getByRole('button', { name: 'Task created' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(first).toHaveFocus();
  });

  it('moves from the last item of a group to the first of the next', async () => {
    const { user } = renderPalette();
    const employees = screen.getByRole('group', { name: 'For employees' });
    const last = itemNames(employees).at(-1)!;
    screen.getByRole('button', { name: last }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Send email' })).toHaveFocus();
  });

  it('keeps only the last focused item in the tab order (roving tabindex)', async () => {
    const { user } = renderPalette();
    screen.getByRole('button', { name: 'Send SMS' }).focus();
    await user.keyboard('{ArrowDown}');
    const robocall = screen.getByRole('button', { name: 'Robocall' });
    expect(robocall).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'Send SMS' })).toHaveAttribute('tabindex', '-1');
  });
});

describe('Palette outside a DndContext', () => {
  it("still adds on click (dragging needs the app's DndContext)", async () => {
    const onAdd = vi.fn();
    const user = userEvent.setup();
    render(<Palette onAdd={onAdd} />);
    await user.click(screen.getByRole('button', { name: 'Mark order paid' }));
    expect(onAdd).toHaveBeenCalledExactlyOnceWith('robot', 'order.pay');
  });
});

describe('Palette with the node factory', () => {
  it("hands the factory a kind and a type it accepts, as the app's add does", async () => {
    const placed: string[] = [];
    const user = userEvent.setup();
    const onAdd: PaletteProps['onAdd'] = (kind, type) => {
      // `kind` narrows `type`: a robot type for createRobot, a trigger type for createTrigger.
      const node =
        kind === 'robot'
          ? createRobot(DEFAULT_FLOW, type, statusId('N'))
          : createTrigger(DEFAULT_FLOW, type, statusId('N'));
      placed.push(node.id);
    };
    render(<Palette onAdd={onAdd} />);
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    await user.click(screen.getByRole('button', { name: 'Webhook' }));
    expect(placed).toEqual(['email-send-1', 'webhook-1']);
  });
});

describe('palette drag data', () => {
  it('names draggables by kind and type and recognises palette data', () => {
    expect(paletteDraggableId('robot', 'email.send')).toBe('palette:robot:email.send');
    expect(isPaletteDragData({ source: 'palette', kind: 'trigger', type: 'webhook' })).toBe(true);
    expect(isPaletteDragData({ source: 'canvas', kind: 'robot', type: 'email.send' })).toBe(false);
    expect(isPaletteDragData(undefined)).toBe(false);
  });

  it('previews the dragged item with its title and kind', () => {
    render(<PaletteDragPreview kind="trigger" type="webhook" />);
    expect(screen.getByText('Webhook')).toBeInTheDocument();
    expect(screen.getByText('Trigger')).toBeInTheDocument();
  });
});
