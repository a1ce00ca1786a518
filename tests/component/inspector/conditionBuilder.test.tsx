import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/domain/condition';
import { conditionSchema } from '../../../src/domain/condition';
import { orderFields, SHIPMENT_FIELDS } from '../../../src/domain/fields';
import type { FieldInfo } from '../../../src/domain/fields';
import { ConditionBuilder } from '../../../src/panels/inspector';

function setup(initial?: Condition, fields: readonly FieldInfo[] = orderFields()) {
  let current: Condition | undefined = initial;
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <ConditionBuilder
        value={value}
        fields={fields}
        onChange={(c) => {
          current = c;
          setValue(c);
        }}
      />
    );
  }
  render(<Harness />);
  return { user: userEvent.setup(), value: () => current };
}

const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('ConditionBuilder', () => {
  it('builds a nested all/any/not condition', async () => {
    const { user, value } = setup();
    expect(screen.getByText(/always applies/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+ Add condition' }));
    await user.selectOptions(screen.getByLabelText('Field of condition 1'), 'Paid');
    expect(value()).toEqual({ field: 'order.paid', op: 'eq' });
    await user.click(screen.getByRole('radio', { name: 'No' }));
    expect(value()).toEqual({ field: 'order.paid', op: 'eq', value: false });

    // A second condition wraps the first in an "all" group.
    await user.click(screen.getByRole('button', { name: '+ Add condition' }));
    expect(screen.getByRole('group', { name: 'Group 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add group to group 1' }));
    await user.selectOptions(screen.getByLabelText('Field of condition 1.3.1'), 'Order amount');
    await user.selectOptions(screen.getByLabelText('Operator of condition 1.3.1'), 'is greater than');
    await user.type(screen.getByLabelText('Value of condition 1.3.1'), '100');
    await user.click(screen.getByRole('button', { name: 'Add condition to group 1.3' }));
    await user.selectOptions(screen.getByLabelText('Field of condition 1.3.2'), 'Contact chat id');
    await user.selectOptions(screen.getByLabelText('Operator of condition 1.3.2'), 'is not empty');
    await user.click(screen.getByRole('button', { name: 'Negate condition 1.3.2' }));
    await user.click(screen.getByRole('button', { name: 'Remove condition 1.2' }));

    const result = value();
    expect(result).toEqual({
      all: [
        { field: 'order.paid', op: 'eq', value: false },
        {
          any: [
            { field: 'order.price', op: 'gt', value: 100 },
            { not: { field: 'contact.chat', op: 'notEmpty' } },
          ],
        },
      ],
    });
    expect(conditionSchema.safeParse(result).success).toBe(true);
  });

  it('switches a group between all and any, and removes the whole condition', async () => {
    const { user, value } = setup({
      all: [
        { field: 'order.paid', op: 'eq', value: false },
        { any: [{ field: 'order.price', op: 'gt', value: 1 }] },
      ],
    });
    await user.selectOptions(screen.getByLabelText('Group 1 matches'), 'Any of these holds');
    expect(value()).toMatchObject({ any: [{ field: 'order.paid' }, { any: expect.any(Array) }] });
    await user.click(screen.getByRole('button', { name: 'Remove group 1' }));
    expect(value()).toBeUndefined();
  });

  it('offers only the operators that fit the field type', async () => {
    const { user } = setup({ field: 'order.paid', op: 'eq', value: true });
    const op = () => screen.getByLabelText('Operator of condition 1');
    expect(optionNames(op())).toEqual(['is', 'is not', 'is empty', 'is not empty']);

    await user.selectOptions(screen.getByLabelText('Field of condition 1'), 'Order amount');
    expect(optionNames(op())).toEqual(expect.arrayContaining(['is greater than', 'is one of']));
    expect(optionNames(op())).not.toContain('contains');

    await user.selectOptions(screen.getByLabelText('Field of condition 1'), 'Contact phones');
    expect(optionNames(op())).toEqual(['contains', 'does not contain', 'is empty', 'is not empty']);

    await user.selectOptions(screen.getByLabelText('Field of condition 1'), 'Shop title');
    expect(optionNames(op())).toEqual(expect.arrayContaining(['contains', 'is one of', 'is empty']));
    expect(optionNames(op())).not.toContain('is greater than');

    await user.selectOptions(screen.getByLabelText('Field of condition 1'), 'Created on');
    expect(optionNames(op())).toEqual(expect.arrayContaining(['is after', 'is before']));
    expect(optionNames(op())).not.toContain('is one of');
  });

  it('types the value box: enum select, comma list, datetime as ISO', async () => {
    const { user, value } = setup({ field: 'order.deliveryStatus', op: 'eq', value: 'none' });
    await user.selectOptions(screen.getByLabelText('Value of condition 1'), 'shipped');
    expect(value()).toEqual({ field: 'order.deliveryStatus', op: 'eq', value: 'shipped' });

    await user.selectOptions(screen.getByLabelText('Operator of condition 1'), 'is one of');
    await user.type(screen.getByLabelText('Value of condition 1 (comma-separated)'), 'allowed, shipped');
    expect(value()).toEqual({ field: 'order.deliveryStatus', op: 'in', value: ['allowed', 'shipped'] });

    await user.selectOptions(screen.getByLabelText('Field of condition 1'), 'Payment due date');
    await user.selectOptions(screen.getByLabelText('Operator of condition 1'), 'is before');
    await user.type(screen.getByLabelText('Value of condition 1 (UTC)'), '2025-03-10T12:30');
    expect(value()).toEqual({ field: 'order.paymentDueDate', op: 'lt', value: '2025-03-10T12:30:00.000Z' });
  });

  it('lists only the fields it is given (shipment fields for a shipment condition)', async () => {
    const { user } = setup(undefined, SHIPMENT_FIELDS);
    await user.click(screen.getByRole('button', { name: '+ Add condition' }));
    const names = optionNames(screen.getByLabelText('Field of condition 1'));
    expect(names).toEqual(['Choose a field…', ...SHIPMENT_FIELDS.map((f) => f.label)]);
  });

  it('starts a new row with no field, flagged "Needs a field", then "Needs a value" until one is given', async () => {
    const { user, value } = setup();
    await user.click(screen.getByRole('button', { name: '+ Add condition' }));
    const field = screen.getByLabelText('Field of condition 1');
    expect(field).toHaveValue('');
    expect(field).toHaveDisplayValue('Choose a field…');
    expect(field).toHaveAccessibleDescription('Needs a field');
    expect(screen.queryByLabelText('Operator of condition 1')).not.toBeInTheDocument();
    expect(value()).toEqual({ field: '', op: 'eq' });

    await user.selectOptions(field, 'Order number');
    expect(screen.queryByText('Needs a field')).not.toBeInTheDocument();
    const box = screen.getByLabelText('Value of condition 1');
    expect(box).toHaveAccessibleDescription('Needs a value');
    await user.type(box, 'ORD-1');
    expect(screen.queryByText('Needs a value')).not.toBeInTheDocument();
    expect(value()).toEqual({ field: 'order.accountNumber', op: 'eq', value: 'ORD-1' });
  });

  it('asks yes or no for a yes/no field, never "true"/"false"', async () => {
    const { user, value } = setup({ field: 'order.paid', op: 'eq', value: true });
    const choice = screen.getByRole('radiogroup', { name: 'Value of condition 1' });
    expect(within(choice).getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(within(choice).getByRole('radio', { name: 'No' })).not.toBeChecked();
    expect(screen.queryByText('true')).not.toBeInTheDocument();
    await user.click(within(choice).getByRole('radio', { name: 'No' }));
    expect(value()).toEqual({ field: 'order.paid', op: 'eq', value: false });
  });

  it('offers a date picker for date fields, a list for enums and a number box for numbers', async () => {
    const { user, value } = setup();
    await user.click(screen.getByRole('button', { name: '+ Add condition' }));
    await user.selectOptions(screen.getByLabelText('Field of condition 1'), 'Delivery date');
    expect(screen.getByLabelText('Value of condition 1 (UTC)')).toHaveAttribute('type', 'datetime-local');

    await user.selectOptions(screen.getByLabelText('Field of condition 1'), 'Delivery status');
    const list = screen.getByLabelText('Value of condition 1');
    expect(optionNames(list)).toEqual(['Choose a value…', 'none', 'allowed', 'shipped', 'delivered']);
    await user.selectOptions(list, 'delivered');
    expect(value()).toEqual({ field: 'order.deliveryStatus', op: 'eq', value: 'delivered' });

    await user.selectOptions(screen.getByLabelText('Field of condition 1'), 'Order amount');
    const amount = screen.getByRole('spinbutton', { name: 'Value of condition 1' });
    await user.type(amount, '250');
    expect(value()).toEqual({ field: 'order.price', op: 'eq', value: 250 });
  });
});
