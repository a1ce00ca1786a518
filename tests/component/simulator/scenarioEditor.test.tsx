import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderEditor } from './harness';

describe('ScenarioEditor', () => {
  it('edits the start: status from the flow and time, with a message for a bad instant', async () => {
    const { user, latest } = renderEditor();
    await user.selectOptions(screen.getByLabelText('Start status'), 'Paid, preparing for shipment');
    expect(latest().start.status).toBe('P');
    const at = screen.getByLabelText('Start time');
    await user.clear(at);
    await user.type(at, 'tomorrow');
    expect(at).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Start time: Expected an ISO 8601 instant');
    await user.clear(at);
    await user.type(at, '2025-03-04T09:00:00Z');
    expect(latest().start.at).toBe('2025-03-04T09:00:00Z');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('generates order fields from the catalog: text, number, checkbox, enum, date and custom fields', async () => {
    const { user, latest } = renderEditor();
    const shop = screen.getByLabelText('Shop title');
    await user.clear(shop);
    await user.type(shop, 'Blue Shop');
    expect(latest().order.shopTitle).toBe('Blue Shop');

    const price = screen.getByLabelText('Order amount');
    await user.clear(price);
    await user.type(price, '42.5');
    expect(latest().order.price).toBe(42.5);

    await user.click(screen.getByLabelText('Paid'));
    expect(latest().order.paid).toBe(true);

    await user.selectOptions(screen.getByLabelText('Delivery status'), 'shipped');
    expect(latest().order.deliveryStatus).toBe('shipped');

    const due = screen.getByLabelText('Payment due date');
    await user.type(due, 'next week');
    expect(due).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Payment due date: Expected an ISO 8601 instant');

    // Custom fields declared by the reference data (source: string, giftWrap: boolean).
    await user.type(screen.getByLabelText('source (custom)'), 'ads');
    await user.click(screen.getByLabelText('giftWrap (custom)'));
    expect(latest().order.custom).toEqual({ source: 'ads', giftWrap: true });

    // Emptying a text field removes it (an absent field differs from "").
    await user.clear(shop);
    expect('shopTitle' in latest().order).toBe(false);
  });

  it('edits the contact phone and email lists with types, and the chat id', async () => {
    const { user, latest } = renderEditor();
    await user.selectOptions(screen.getByLabelText('Contact phone 1 type'), 'WORK');
    await user.click(screen.getByRole('button', { name: 'Add contact phone' }));
    await user.selectOptions(screen.getByLabelText('Contact phone 2 type'), 'HOME');
    await user.type(screen.getByLabelText('Contact phone 2'), '+1 555 0199');
    expect(latest().contact.phones).toEqual([
      { type: 'WORK', value: '+1 415 555 0142' },
      { type: 'HOME', value: '+1 555 0199' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove contact email 1' }));
    expect(latest().contact.emails).toEqual([]);
    const chat = screen.getByLabelText('Chat id');
    await user.clear(chat);
    expect(latest().contact.chat).toBe('');
  });

  it('adds and removes a company with its own lists', async () => {
    const { user, latest } = renderEditor();
    await user.click(screen.getByLabelText('The order has a company'));
    await user.type(screen.getByLabelText('Company name'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Add company email' }));
    await user.type(screen.getByLabelText('Company email 1'), 'buy@acme.example');
    expect(latest().company).toEqual({
      name: 'Acme',
      phones: [],
      emails: [{ type: 'WORK', value: 'buy@acme.example' }],
    });
    await user.click(screen.getByLabelText('The order has a company'));
    expect(latest().company).toBeUndefined();
  });

  it('overrides reference data: an SMS provider not configured, no mailboxes, and back to defaults', async () => {
    const { user, latest } = renderEditor();
    await user.click(screen.getByLabelText('Twilio is configured'));
    expect(latest().environment?.smsProviders).toEqual([
      { id: 'twilio', name: 'Twilio', configured: false },
      { id: 'smsru', name: 'SMS.ru', configured: false },
    ]);
    await user.click(screen.getByLabelText(/No mailboxes/));
    expect(latest().environment?.mailboxes).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Use the default reference data' }));
    expect(latest().environment).toBeUndefined();
  });

  it('edits events: type from the catalog, offset or instant, JSON data with validation', async () => {
    const { user, latest } = renderEditor();
    await user.selectOptions(screen.getByLabelText('Event 1 type'), 'email.viewed');
    expect(latest().events[0]!.type).toBe('email.viewed');
    const time = screen.getByLabelText('Event 1 time');
    await user.clear(time);
    await user.type(time, 'two hours');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Event 1, time: Expected an instant (2025-03-03T17:00:00Z) or a duration from the start (PT2H)',
    );
    await user.clear(time);
    await user.type(time, '2025-03-03T20:00:00Z');
    expect(latest().events[0]!.at).toBe('2025-03-03T20:00:00Z');

    const data = screen.getByLabelText('Event 1 data');
    await user.clear(data);
    await user.type(data, '{{"order": ');
    expect(within(data.parentElement!).getByText(/Not valid JSON/)).toBeInTheDocument();
    expect(data).toHaveAttribute('aria-invalid', 'true');
    // The draft is not the scenario's data: the summary says so, and the scenario cannot run.
    expect(screen.getByRole('alert')).toHaveTextContent('Event 1 data: Not valid JSON');
    await user.type(data, '{{"paid": false}}');
    expect(latest().events[0]!.data).toEqual({ order: { paid: false } });
    await user.clear(data);
    await user.type(data, '[[1]');
    expect(within(data.parentElement!).getByText(/Data must be a JSON object/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Event 1 data: Data must be a JSON object');

    await user.click(screen.getByRole('button', { name: 'Remove event 3' }));
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(latest().events.map((e) => e.type)).toEqual([
      'email.viewed',
      'shipment.shipped',
      'payment.received',
    ]);
  });

  it('adds a reaction: when a robot has sent its email, two hours later the client views it', async () => {
    const { user, latest } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add reaction' }));
    await user.selectOptions(screen.getByLabelText('Reaction 1: from robot'), 'New order email');
    const after = screen.getByLabelText('Reaction 1: after');
    await user.clear(after);
    await user.type(after, '2 hours');
    expect(screen.getByRole('alert')).toHaveTextContent('Reaction 1, after: Expected an ISO 8601 duration');
    await user.clear(after);
    await user.type(after, 'PT2H');
    expect(latest().reactions).toEqual([
      { on: 'email.sent', robot: 'n_email_new', after: 'PT2H', emit: { type: 'email.viewed' } },
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove reaction 1' }));
    expect(latest().reactions).toBeUndefined();
  });

  it('sets until and limits, and reports a negative limit', async () => {
    const { user, latest } = renderEditor();
    await user.type(screen.getByLabelText('Run until'), 'P10D');
    expect(latest().until).toBe('P10D');
    await user.type(screen.getByLabelText('Most status changes'), '-1');
    expect(screen.getByRole('alert')).toHaveTextContent('Most status changes: Must be at least 0');
    await user.clear(screen.getByLabelText('Most status changes'));
    await user.type(screen.getByLabelText('Most status changes'), '5');
    expect(latest().limits).toEqual({ maxTransitions: 5 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
