import { describe, expect, it } from 'vitest';
import { fakeContext, failure, runEffect, succeeded } from './fakeContext';

describe('workflow.run', () => {
  it('starts a known workflow with rendered parameters', () => {
    const ctx = fakeContext({ order: { id: '5', price: 12.5 } });
    const result = succeeded(
      runEffect('workflow.run', { workflowId: 'wf-loyalty', parameters: { points: '{{order.price}}' } }, ctx),
    );
    expect(result.output).toEqual({ workflowId: 'wf-loyalty', parameters: { points: '12.5' } });
    expect(result.set).toBeUndefined();
    expect(result.emit).toBeUndefined();
  });

  it('fails on an unknown workflow', () => {
    expect(failure(runEffect('workflow.run', { workflowId: 'wf-x' }, fakeContext()))).toBe(
      'Workflow is not found',
    );
  });
});

describe('task.create', () => {
  it('creates a task for the responsible person with its deadline computed from the run time', () => {
    const ctx = fakeContext({
      now: '2024-03-30T08:00:00.000Z',
      timezone: 'Europe/Berlin',
      order: { accountNumber: 'ORD-7', responsibleId: 'e1' },
    });
    // One calendar day in Berlin across the switch to summer time is 23 hours of elapsed time.
    const result = succeeded(
      runEffect(
        'task.create',
        { title: 'Pack {{order.accountNumber}}', deadline: { value: 1, unit: 'days' } },
        ctx,
      ),
    );
    expect(result.output).toEqual({
      id: 'task-1',
      title: 'Pack ORD-7',
      assignee: 'e1',
      deadline: '2024-03-31T07:00:00.000Z',
    });
    expect(result.emit).toEqual([{ type: 'task.created' }]);
  });

  it('assigns a chosen employee and omits the deadline when none is set', () => {
    const result = succeeded(runEffect('task.create', { title: 'Call back', assignee: 'e3' }, fakeContext()));
    expect(result.output).toEqual({ id: 'task-1', title: 'Call back', assignee: 'e3' });
  });

  it('leaves the task unassigned (key omitted) when the order has no responsible person', () => {
    const result = succeeded(runEffect('task.create', { title: 'T' }, fakeContext({ order: { id: '1' } })));
    expect(result.output).toEqual({ id: 'task-1', title: 'T' });
  });
});

describe('employee.notify', () => {
  it('sends one rendered message per recipient, addressed by employee id (ex2)', () => {
    const ctx = fakeContext({
      env: { employees: [{ id: 'e5', name: 'Eve' }] },
      order: { accountNumber: 'A-77', responsibleId: 'e5', cancelReason: 'Not paid' },
    });
    const settings = {
      recipients: ['responsible'],
      message: 'Order {{order.accountNumber}} canceled: {{order.cancelReason}}',
    };
    expect(succeeded(runEffect('employee.notify', settings, ctx)).output).toEqual({
      messages: [{ to: 'e5', text: 'Order A-77 canceled: Not paid' }],
    });
  });

  it("resolves the responsible person's supervisor and explicit employees", () => {
    const ctx = fakeContext({ order: { id: '1', responsibleId: 'e4' } });
    const settings = { recipients: ['supervisor', 'e3'], message: 'Hi' };
    expect(succeeded(runEffect('employee.notify', settings, ctx)).output).toEqual({
      messages: [
        { to: 'e2', text: 'Hi' },
        { to: 'e3', text: 'Hi' },
      ],
    });
  });

  it('fails when a recipient cannot be resolved (ex2: no supervisor)', () => {
    const ctx = fakeContext({
      env: { employees: [{ id: 'e5', name: 'Eve' }] },
      order: { responsibleId: 'e5' },
    });
    const settings = { recipients: ['responsible', 'supervisor'], message: 'Check' };
    expect(failure(runEffect('employee.notify', settings, ctx))).toBe(
      'Recipient "supervisor" cannot be resolved',
    );
    expect(failure(runEffect('employee.notify', { recipients: ['e42'], message: 'x' }, ctx))).toBe(
      'Recipient "e42" cannot be resolved',
    );
    expect(
      failure(
        runEffect(
          'employee.notify',
          { recipients: ['responsible'], message: 'x' },
          fakeContext({ order: {} }),
        ),
      ),
    ).toBe('Recipient "responsible" cannot be resolved');
  });
});

describe('order.comment and log.write', () => {
  it('output the rendered text', () => {
    const ctx = fakeContext({
      order: { id: '77', custom: { source: 'instagram' } },
      contact: { name: 'Carl' },
    });
    expect(
      succeeded(runEffect('order.comment', { text: '{{contact.name}} via {{order.custom.source}}' }, ctx))
        .output,
    ).toEqual({
      text: 'Carl via instagram',
    });
    expect(
      succeeded(runEffect('log.write', { text: 'Order {{order.id}}|{{order.missing}}' }, ctx)).output,
    ).toEqual({
      text: 'Order 77|',
    });
  });
});

describe('order.responsible', () => {
  it('hands the order to the employee and emits order.responsibleChanged', () => {
    expect(runEffect('order.responsible', { employeeId: 'e3' }, fakeContext())).toEqual({
      ok: true,
      output: { responsibleId: 'e3' },
      set: { 'order.responsibleId': 'e3' },
      emit: [{ type: 'order.responsibleChanged' }],
    });
  });
});

describe('document.create', () => {
  it('creates a document from the template and emits document.created carrying the template id', () => {
    const result = succeeded(runEffect('document.create', { templateId: 'doc-invoice' }, fakeContext()));
    expect(result.output).toEqual({ documentId: 'document-1', name: 'Invoice' });
    expect(result.emit).toEqual([{ type: 'document.created', data: { templateId: 'doc-invoice' } }]);
  });

  it('adds a public link only when asked', () => {
    const result = succeeded(
      runEffect('document.create', { templateId: 'doc-waybill', publicLink: true }, fakeContext()),
    );
    expect(result.output.url).toMatch(/^https:\/\/.+\/document-1$/);
  });

  it('fails on an unknown template', () => {
    expect(failure(runEffect('document.create', { templateId: 'doc-x' }, fakeContext()))).toBe(
      'Document template is not found',
    );
  });
});
