import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import type { Flow } from '../../../src/domain/flow';
import { robotId, statusId, triggerId } from '../../../src/domain/ids';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { webhookCodeFor } from '../../../src/panels/inspector';
import { literal, renderInspector } from './harness';

const robot = (flow: Flow, id: string) => flow.robots.find((r) => r.id === id)!;
const trigger = (flow: Flow, id: string) => flow.triggers.find((t) => t.id === id)!;
const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');

describe('Inspector', () => {
  it('shows an empty state when nothing (or something since deleted) is selected', () => {
    const view = renderInspector(DEFAULT_FLOW, null);
    expect(screen.getByRole('region', { name: 'Inspector' })).toHaveTextContent('Nothing selected');
    view.unmount();
    renderInspector(DEFAULT_FLOW, 'gone');
    expect(screen.getByText('Nothing selected')).toBeInTheDocument();
  });

  it('renames, disables and edits a robot through robot.update commands', async () => {
    const { user, log, flow } = renderInspector(DEFAULT_FLOW, 'n_sms');
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    expect(robot(flow(), 'n_sms').name).toBeUndefined();
    await user.type(name, 'Order SMS');
    expect(log.at(-1)!.command).toEqual({
      type: 'robot.update',
      id: 'n_sms',
      changes: { name: 'Order SMS' },
    });
    expect(robot(flow(), 'n_sms').name).toBe('Order SMS');
    expect(screen.getByRole('heading', { name: 'Order SMS' })).toBeInTheDocument();

    await user.click(screen.getByLabelText('Enabled'));
    expect(robot(flow(), 'n_sms').disabled).toBe(true);
    await user.click(screen.getByLabelText('Enabled'));
    expect(robot(flow(), 'n_sms').disabled).toBeUndefined();
  });

  it('edits settings, run time and condition of a robot', async () => {
    const { user, log, flow } = renderInspector(DEFAULT_FLOW, 'n_sms');
    const text = screen.getByRole('combobox', { name: 'Text' });
    await user.clear(text);
    expect(text).toHaveAccessibleDescription(/Enter the SMS text/);
    await user.type(text, literal('{{order.id}}'));
    expect(log.at(-1)!.command).toMatchObject({
      type: 'robot.update',
      id: 'n_sms',
      changes: { settings: { text: '{{order.id}}', provider: 'default' } },
    });
    expect(text).not.toHaveAttribute('aria-invalid');

    await user.selectOptions(screen.getByLabelText('Run'), 'After an interval');
    expect(robot(flow(), 'n_sms').delay).toEqual({ type: 'after', value: 1, unit: 'days' });

    await user.click(screen.getByRole('button', { name: '+ Add condition' }));
    expect(robot(flow(), 'n_sms').condition).toEqual({ field: '', op: 'eq' });
    expect(screen.getByText('Needs a field')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    expect(robot(flow(), 'n_sms').condition).toBeUndefined();
  });

  it('execution offers only robots canConnect allows, and connects, disconnects and re-points', async () => {
    const { user, log, flow } = renderInspector(DEFAULT_FLOW, 'n_sms');
    const select = screen.getByLabelText('Execution');
    expect(select).toHaveValue('n_code');
    const offered = optionTexts(select);
    expect(offered[0]).toMatch(/In parallel/);
    expect(offered).toContain('After “Generate order number”');
    // Robots of other statuses are never offered.
    expect(offered).not.toContain('After “Task: prepare the shipment”');
    // Names, never ids.
    for (const o of offered) expect(o).not.toMatch(/n_code|n_email|n_cancel|\(|\)/);

    await user.selectOptions(select, '');
    expect(log.at(-1)!.command).toEqual({ type: 'edge.disconnect', to: 'n_sms' });
    expect(robot(flow(), 'n_sms').after).toBeNull();

    await user.selectOptions(select, 'n_email_new');
    expect(log.at(-1)!.command).toEqual({ type: 'edge.connect', from: 'n_email_new', to: 'n_sms' });

    // Re-pointing is one batch (one undo step): disconnect, then connect.
    await user.selectOptions(select, 'n_code');
    expect(log.at(-1)!.command).toEqual({
      type: 'batch',
      commands: [
        { type: 'edge.disconnect', to: 'n_sms' },
        { type: 'edge.connect', from: 'n_code', to: 'n_sms' },
      ],
    });
    expect(robot(flow(), 'n_sms').after).toBe('n_code');
  });

  it('moves a robot to another status from the "In status" select, warning first about its links', async () => {
    const { user, log, flow } = renderInspector(DEFAULT_FLOW, 'n_sms');
    const select = screen.getByLabelText('In status');
    expect(select).toHaveValue('N');
    expect(select).toHaveAccessibleDescription(
      'Moving it to another status removes its “after previous” links.',
    );
    await user.selectOptions(select, 'Paid, preparing for shipment');
    expect(log.at(-1)!.command).toEqual({ type: 'robot.move', id: 'n_sms', toStatus: 'P' });
    expect(robot(flow(), 'n_sms')).toMatchObject({ status: 'P', after: null });
  });

  it('moves a trigger to another status from the same select', async () => {
    const { user, flow } = renderInspector(DEFAULT_FLOW, 't_payment');
    await user.selectOptions(screen.getByLabelText('In status'), 'Shipped');
    expect(trigger(flow(), 't_payment').status).toBe('S');
  });

  it('does not offer a robot that would close a loop', () => {
    renderInspector(DEFAULT_FLOW, 'n_code');
    const offered = optionTexts(screen.getByLabelText('Execution'));
    expect(offered).not.toContain('After “SMS with the order number”');
    expect(offered).toContain('After “New order email”');
  });

  it('tells two robots of the same name apart by their place, not by id', () => {
    const twins = structuredClone(DEFAULT_FLOW);
    for (const r of twins.robots) if (r.status === 'N') r.name = 'Send SMS';
    renderInspector(twins, 'n_cancel');
    const offered = optionTexts(screen.getByLabelText('Execution'));
    expect(offered).toContain('After “Send SMS” (1st in Accepted, awaiting payment)');
    expect(offered).toContain('After “Send SMS” (2nd in Accepted, awaiting payment)');
  });

  it('shows the reason when the document refuses the connection', async () => {
    const { user, log } = renderInspector(DEFAULT_FLOW, 'n_email_new', {
      dispatch: () => ({ ok: false, code: 'cycle', reason: 'This would make a loop.' }),
    });
    const select = screen.getByLabelText('Execution');
    await user.selectOptions(select, 'n_code');
    expect(log.at(-1)!.command).toEqual({ type: 'edge.connect', from: 'n_code', to: 'n_email_new' });
    expect(screen.getByRole('alert')).toHaveTextContent('This would make a loop.');
    expect(select).toHaveValue('');
    expect(select).toHaveAccessibleDescription('This would make a loop.');
  });

  it('edits a trigger: name, moving backwards, author and condition', async () => {
    const { user, log, flow } = renderInspector(DEFAULT_FLOW, 't_payment');
    expect(screen.getByText(/^Trigger/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'Paid!');
    expect(log.at(-1)!.command).toMatchObject({ type: 'trigger.update', id: 't_payment' });
    await user.click(screen.getByLabelText('May move the order backwards'));
    expect(trigger(flow(), 't_payment').allowBackward).toBe(true);
    await user.selectOptions(screen.getByLabelText('Executed by'), 'Maria Lopez');
    expect(trigger(flow(), 't_payment').executeBy).toBe('e1');
    await user.selectOptions(screen.getByLabelText('Executed by'), 'Not set');
    expect(trigger(flow(), 't_payment').executeBy).toBeUndefined();
    expect(screen.getByLabelText('Field of condition 1')).toHaveValue('order.paid');
    expect(screen.getByText('Payment has no settings.')).toBeInTheDocument();
  });

  it('generates a webhook code and shows the URL a system calls', async () => {
    const added = applyCommand(DEFAULT_FLOW, {
      type: 'trigger.add',
      trigger: {
        id: triggerId('t_hook'),
        type: 'webhook',
        status: statusId('P'),
        allowBackward: false,
        settings: { code: '' },
      },
    });
    if (!added.ok) throw new Error(added.reason);
    const { user, flow } = renderInspector(added.flow, 't_hook');
    const code = screen.getByLabelText('Webhook code');
    expect(code).toHaveAccessibleDescription(/The webhook needs a code/);
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    const expected = webhookCodeFor('t_hook');
    expect(trigger(flow(), 't_hook').settings.code).toBe(expected);
    expect(code).toHaveValue(expected);
    expect(code).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(`https://shop.example/api/hooks/${expected}`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Generate' })).not.toBeInTheDocument();
  });

  it('shows lint problems of the node next to the field they concern', () => {
    const long = applyCommand(DEFAULT_FLOW, {
      type: 'robot.update',
      id: robotId('n_sms'),
      changes: { settings: { ...robot(DEFAULT_FLOW, 'n_sms').settings, text: 'x'.repeat(205) } },
    });
    if (!long.ok) throw new Error(long.reason);
    renderInspector(long.flow, 'n_sms', { problems: (f) => lintFlow(f) });
    const text = screen.getByRole('combobox', { name: 'Text' });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/without the inserted values/);
    // 205 GSM-7 characters: two SMS parts (153 each once split), as lint's OF809 counts them.
    expect(screen.getByText('205 / 200 characters · 2 SMS parts')).toBeInTheDocument();
  });

  it('counts an SMS text in parts, UCS-2 for Cyrillic', () => {
    const cyrillic = applyCommand(DEFAULT_FLOW, {
      type: 'robot.update',
      id: robotId('n_sms'),
      changes: { settings: { ...robot(DEFAULT_FLOW, 'n_sms').settings, text: 'Ж'.repeat(100) } },
    });
    if (!cyrillic.ok) throw new Error(cyrillic.reason);
    renderInspector(cyrillic.flow, 'n_sms', { problems: (f) => lintFlow(f) });
    expect(screen.getByText('100 / 200 characters · 2 SMS parts (UCS-2)')).toBeInTheDocument();
  });
});
