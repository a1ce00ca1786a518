import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { TemplateInput, buildTemplateContext, defaultSampleOrder } from '../../../src/panels/inspector';
import { literal, renderInspector } from './harness';

const context = buildTemplateContext(DEFAULT_FLOW, undefined, DEFAULT_ENVIRONMENT, defaultSampleOrder());

function Controlled({ initial = '', maxLength }: { initial?: string; maxLength?: number }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <TemplateInput
        aria-label="Message"
        value={value}
        onChange={setValue}
        context={context}
        maxLength={maxLength}
      />
      <output data-testid="value">{value}</output>
    </>
  );
}

const setup = (props: { initial?: string; maxLength?: number } = {}) => {
  const user = userEvent.setup();
  render(<Controlled {...props} />);
  return { user, box: screen.getByRole('combobox', { name: 'Message' }) };
};

describe('TemplateInput', () => {
  it('opens field suggestions on {{ and inserts the first with Enter', async () => {
    const { user, box } = setup();
    await user.type(box, literal('Hello {{contact.n'));
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Contact name');
    expect(list).toBeVisible();
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Hello {{contact.name}}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, '!');
    expect(box).toHaveValue('Hello {{contact.name}}!');
  });

  it('moves through suggestions with the arrow keys (aria-activedescendant) and inserts the chosen one', async () => {
    const { user, box } = setup();
    await user.type(box, literal('{{order.pa'));
    const options = screen.getAllByRole('option').map((o) => o.textContent ?? '');
    // Each suggestion reads as the field's label, as its chip will; no path is shown.
    expect(options[0]).toMatch(/^Paid/);
    expect(options[1]).toMatch(/^Payment due date/);
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0]!.id);
    await user.keyboard('{ArrowDown}');
    const active = screen.getAllByRole('option')[1]!;
    expect(box).toHaveAttribute('aria-activedescendant', active.id);
    expect(active).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option').at(-1)!.id);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(box).toHaveValue('{{order.paymentDueDate}}');
  });

  it('closes the list with Escape without changing the text', async () => {
    const { user, box } = setup();
    await user.type(box, literal('Dear {{'));
    expect(screen.getByRole('listbox')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(box).toHaveValue('Dear {{');
  });

  it('offers nothing after the {{{{ escape', async () => {
    const { user, box } = setup();
    await user.type(box, literal('{{{{'));
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('counts the literal text against the limit and says so', async () => {
    const { user, box } = setup({ maxLength: 20 });
    expect(screen.getByText('0 / 20 characters')).toBeInTheDocument();
    await user.type(box, literal('Order {{order.id}} ok'));
    const counter = screen.getByText('9 / 20 characters');
    expect(counter).toHaveAttribute('title', expect.stringContaining('without the values'));
    expect(box).toHaveAccessibleDescription(/9 \/ 20 characters/);
    await user.type(box, ' and more text here');
    expect(screen.getByText('28 / 20 characters')).toHaveClass('text-rose-700');
  });

  it('previews the text rendered with the sample order', async () => {
    const { user, box } = setup();
    await user.type(box, literal('Hi {{contact.name}}, order {{order.id}} of {{order.price}}'));
    expect(screen.getByTestId('template-preview')).toHaveTextContent('Hi Emma Wilson, order 1001 of 129.9');
    expect(screen.getByText(/Preview with Emma Wilson's sample order/)).toBeInTheDocument();
  });

  it('in a robot, offers outputs of the robots before it in its chain only', async () => {
    const { user } = renderInspector(DEFAULT_FLOW, 'n_sms');
    const text = screen.getByRole('combobox', { name: 'Text' });
    await user.clear(text);
    await user.type(text, literal('Code {{robots.'));
    const options = within(screen.getByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent ?? '');
    // By the output's label its type declares, not its key.
    expect(options.some((o) => o.startsWith('Code of “Generate order number”'))).toBe(true);
    expect(options.some((o) => o.includes('New order email'))).toBe(false);
    expect(options.some((o) => o.includes('robots.'))).toBe(false);
    await user.keyboard('{Enter}');
    expect(text).toHaveValue('Code {{robots.n_code.code}}');
  });

  it('shows the inserts as chips naming their fields, keeping the stored text', async () => {
    const { user, box } = setup();
    await user.type(box, literal('Order {{order.accountNumber}} is paid'));
    expect(box).toHaveValue('Order {{order.accountNumber}} is paid');
    const labels = screen.getByTestId('template-labels');
    expect(labels).toHaveTextContent('Order Order number is paid');
    expect(labels).not.toHaveTextContent('{{');
    expect(within(labels).getByText('Order number')).toHaveAttribute('data-insert', '');
    // Screen readers hear the same reading as a description of the box.
    expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(labels.id);
    expect(labels).toHaveTextContent(/^Reads: Order Order number is paid$/);
  });

  it('previews the first thing a manager types with a real order number', async () => {
    const { user, box } = setup();
    await user.type(box, literal('Order {{order.accountNumber}} is paid'));
    expect(screen.getByTestId('template-preview')).toHaveTextContent('Order ORD-2025-00001 is paid');
  });

  it('shows a visible placeholder for an insert with no value, never nothing', async () => {
    const user = userEvent.setup();
    function Empty() {
      const [value, setValue] = useState('');
      return (
        <TemplateInput
          aria-label="Message"
          value={value}
          onChange={setValue}
          context={{ ...context, resolve: () => undefined }}
        />
      );
    }
    render(<Empty />);
    await user.type(
      screen.getByRole('combobox', { name: 'Message' }),
      literal('Order {{order.accountNumber}} is paid'),
    );
    const preview = screen.getByTestId('template-preview');
    expect(preview).toHaveTextContent('Order [Order number — empty] is paid');
    expect(within(preview).getByText('[Order number — empty]')).toBeVisible();
  });

  it('names an earlier robot’s output in the preview instead of its id', async () => {
    const { user } = renderInspector(DEFAULT_FLOW, 'n_sms');
    const text = screen.getByRole('combobox', { name: 'Text' });
    await user.clear(text);
    await user.type(text, literal('Code {{robots.n_code.code}}'));
    const preview = screen.getByTestId('template-preview');
    expect(preview).toHaveTextContent(/Code \[Code of “.+” — known when it runs\]/);
    expect(preview).not.toHaveTextContent('n_code');
  });
});
