import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { simulate } from '../../../src/engine';
import { TimelinePanel } from '../../../src/panels/simulator';
import { flow, sample } from './harness';

function renderPanel(slug = 'paid-and-delivered', position?: number) {
  const timeline = simulate(flow, sample(slug));
  const onSelectEntry = vi.fn();
  const user = userEvent.setup();
  render(<TimelinePanel flow={flow} timeline={timeline} position={position} onSelectEntry={onSelectEntry} />);
  const log = screen.getByRole('list', { name: 'Log' });
  const rows = () => within(log).getAllByRole('listitem');
  return { timeline, onSelectEntry, user, log, rows };
}

describe('TimelinePanel', () => {
  it('numbers every entry with its offset, the instant in the flow time zone, kind and node', () => {
    const { timeline, rows } = renderPanel();
    expect(rows()).toHaveLength(timeline.entries.length);
    const first = rows()[0]!;
    expect(first).toHaveTextContent('1');
    expect(first).toHaveTextContent('+0d 00:00');
    // 17:00 UTC is 09:00 in Los Angeles in early March.
    expect(first).toHaveTextContent('Mon, 3 Mar 2025, 09:00');
    expect(first).toHaveTextContent('Status entered');
    expect(first).toHaveTextContent('Accepted, awaiting payment');
    expect(
      // The name holds what the row shows, in the order it shows it: number, offset, instant, event.
      screen.getByRole('button', {
        name: /^\d+\. \+1d 03:00 \w{3}, \d+ \w{3} 2025, \d\d:\d\d Trigger fired Shipment/,
      }),
    ).toBeInTheDocument();
  });

  it('names the time zone the log is written in, with its offset at the start of the run', () => {
    const { log } = renderPanel();
    expect(log).toHaveAccessibleDescription(
      `Times are in the design's time zone, ${flow.settings.timezone} (UTC-08:00).`,
    );
  });

  it('renders what robots produced: the SMS with the generated order number, the email, the task deadline', () => {
    const { rows } = renderPanel();
    const sms = rows().find(
      (r) => r.dataset.kind === 'robot.done' && /SMS with the order number/.test(r.textContent!),
    )!;
    // No condition to check: it is simply done.
    expect(sms).not.toHaveTextContent('Condition true');
    expect(within(sms).getByText('+1 415 555 0142')).toBeInTheDocument();
    expect(within(sms).getByText('Twilio')).toBeInTheDocument();
    expect(sms).toHaveTextContent('Your order number is ORD-2025-00001');
    const email = rows().find(
      (r) => r.dataset.kind === 'robot.done' && /New order email/.test(r.textContent!),
    )!;
    expect(within(email).getByText('Your order ORD-2025-00001 at Green Leaf Store')).toBeInTheDocument();
    // Its condition (the shop title is set) was checked and held.
    expect(email).toHaveTextContent('Condition true: done');
    expect(email).toHaveTextContent('orders@shop.example');
    const task = rows().find((r) => r.dataset.kind === 'robot.done' && /Task: prepare/.test(r.textContent!))!;
    expect(task).toHaveTextContent('John Carter');
    expect(task).toHaveTextContent('Tue, 4 Mar 2025, 11:00');
  });

  it('shows skipped robots in orange and failures in plain words in red', () => {
    const t = sample('never-paid');
    t.order.paid = true;
    const timeline = simulate(flow, t);
    render(<TimelinePanel flow={flow} timeline={timeline} onSelectEntry={() => undefined} />);
    const skipped = screen.getAllByText('Condition false: skipped');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped[0]!.className).toMatch(/orange/);
  });

  it('failures say what went wrong', () => {
    const { rows } = renderPanel('no-mobile-phone');
    const failed = rows().filter((r) => r.dataset.kind === 'robot.failed');
    expect(failed).toHaveLength(2);
    expect(failed[0]).toHaveTextContent('Phone number is not specified');
    expect(within(failed[0]!).getByText(/Phone number is not specified/).className).toMatch(/danger/);
  });

  it('filters the log by kind', async () => {
    const { user, rows, timeline } = renderPanel();
    await user.click(screen.getByRole('button', { name: /^Scheduling/ }));
    expect(screen.getByRole('button', { name: /^Scheduling/ })).toHaveAttribute('aria-pressed', 'false');
    expect(rows().some((r) => r.dataset.kind === 'robot.scheduled')).toBe(false);
    for (const name of [/^Status changes/, /^Robot results/, /^Triggers/, /^End/])
      await user.click(screen.getByRole('button', { name }));
    expect(rows().map((r) => r.dataset.kind)).toEqual(
      timeline.entries.filter((e) => e.kind === 'event').map(() => 'event'),
    );
    await user.click(screen.getByRole('button', { name: /^Events/ }));
    expect(screen.getByText('No entries of the chosen kinds.')).toBeInTheDocument();
  });

  it('choosing a log row or a mark on the axis hands out its entry', async () => {
    const { user, onSelectEntry, timeline } = renderPanel();
    await user.click(screen.getByRole('button', { name: /Trigger fired Payment/ }));
    expect(onSelectEntry).toHaveBeenLastCalledWith(timeline.entries.find((e) => e.kind === 'trigger.fired'));
    const marks = within(screen.getByRole('group', { name: 'Robot results on the time axis' }));
    await user.click(marks.getByRole('button', { name: 'Payment reminder: cancelled at +0d 02:00' }));
    expect(onSelectEntry).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'robot.cancelled', robot: 'n_email_reminder' }),
    );
  });

  it('shows the time in each status as bands and marks the playback position', () => {
    const position = 5;
    const { rows } = renderPanel('paid-and-delivered', position);
    const bands = within(screen.getByRole('list', { name: 'Time in each status' })).getAllByRole('listitem');
    expect(bands.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Accepted, awaiting payment: 2h',
      'Paid, preparing for shipment: 1d 1h',
      'Shipped: 2d 21h',
      'Completed: now',
    ]);
    expect(rows()[position]).toHaveAttribute('aria-current', 'step');
    expect(rows()[position + 1]!.className).toMatch(/opacity-50/);
  });
});
