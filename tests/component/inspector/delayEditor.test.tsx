import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Delay } from '../../../src/domain/delay';
import { delaySchema } from '../../../src/domain/delay';
import { DelayEditor } from '../../../src/panels/inspector';

function setup(initial: Delay = { type: 'immediate' }) {
  const seen: Delay[] = [];
  function Harness() {
    const [delay, setDelay] = useState(initial);
    return (
      <DelayEditor
        value={delay}
        customFields={[{ name: 'pickupAt', type: 'datetime' }]}
        onChange={(d) => {
          seen.push(d);
          setDelay(d);
        }}
      />
    );
  }
  render(<Harness />);
  const last = () => {
    const d = seen.at(-1)!;
    // Every delay the editor produces is a valid document delay (docs/semantics.md §5).
    expect(delaySchema.safeParse(d).success).toBe(true);
    return d;
  };
  return { user: userEvent.setup(), last };
}

describe('DelayEditor', () => {
  it('produces "after N units" from when the robot is reached', async () => {
    const { user, last } = setup();
    await user.selectOptions(screen.getByLabelText('Run'), 'After an interval');
    expect(last()).toEqual({ type: 'after', value: 1, unit: 'days' });
    const amount = screen.getByLabelText('Delay amount');
    await user.clear(amount);
    await user.type(amount, '3');
    await user.selectOptions(screen.getByLabelText('Delay unit'), 'hours');
    expect(last()).toEqual({ type: 'after', value: 3, unit: 'hours' });
  });

  it('produces "after N units" counted from a date field, and back', async () => {
    const { user, last } = setup({ type: 'after', value: 2, unit: 'days' });
    await user.selectOptions(screen.getByLabelText('Counted from'), 'Payment due date');
    expect(last()).toEqual({ type: 'after', value: 2, unit: 'days', basis: 'order.paymentDueDate' });
    await user.selectOptions(screen.getByLabelText('Counted from'), 'the time the robot is reached');
    expect(last()).toEqual({ type: 'after', value: 2, unit: 'days' });
  });

  it('produces "N units before a date field", offering datetime fields and custom ones', async () => {
    const { user, last } = setup({ type: 'after', value: 1, unit: 'days' });
    await user.selectOptions(screen.getByLabelText('Run'), 'Before a date');
    expect(last()).toEqual({ type: 'before', value: 1, unit: 'days', basis: 'order.dateInsert' });
    const basis = screen.getByLabelText('Date field');
    expect(Array.from((basis as HTMLSelectElement).options).map((o) => o.value)).toEqual([
      'order.dateInsert',
      'order.paymentDueDate',
      'order.deliveryDate',
      'order.custom.pickupAt',
    ]);
    await user.selectOptions(basis, 'Delivery date');
    expect(last()).toEqual({ type: 'before', value: 1, unit: 'days', basis: 'order.deliveryDate' });
  });

  it('produces "at a date field", optionally at a time of day', async () => {
    const { user, last } = setup();
    await user.selectOptions(screen.getByLabelText('Run'), 'At a date');
    expect(last()).toEqual({ type: 'at', basis: 'order.dateInsert' });
    await user.selectOptions(screen.getByLabelText('Date field'), 'pickupAt');
    await user.type(screen.getByLabelText('at time of day'), '09:30');
    expect(last()).toEqual({ type: 'at', basis: 'order.custom.pickupAt', time: '09:30' });
    await user.clear(screen.getByLabelText('at time of day'));
    expect(last()).toEqual({ type: 'at', basis: 'order.custom.pickupAt' });
  });

  it('adds and removes working hours on any form, and keeps them when switching to immediately', async () => {
    const { user, last } = setup({ type: 'before', value: 1, unit: 'days', basis: 'order.deliveryDate' });
    await user.click(screen.getByLabelText('Only during working hours'));
    expect(last()).toEqual({
      type: 'before',
      value: 1,
      unit: 'days',
      basis: 'order.deliveryDate',
      workTime: true,
    });
    await user.selectOptions(screen.getByLabelText('Run'), 'Immediately');
    expect(last()).toEqual({ type: 'immediate', workTime: true });
    await user.click(screen.getByLabelText('Only during working hours'));
    expect(last()).toEqual({ type: 'immediate' });
  });
});
