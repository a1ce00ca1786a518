import { describe, expect, it } from 'vitest';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { addRobot, flowWith, problemsOf, robot } from './helpers';

describe('OF201 unknown template path', () => {
  it('reports an unknown field and suggests the likely one', () => {
    const flow = flowWith((d) => (robot(d, 'n_email_new').settings.subject = 'Order {{order.acountNumber}}'));
    const [p] = problemsOf('OF201', flow);
    expect(p).toMatchObject({ severity: 'error', path: '$.robots[2].settings.subject' });
    expect(p!.message).toContain('Did you mean “Order number”?');
    // Business users never see template paths (the names rule).
    expect(p!.message).not.toContain('{{');
    expect(p!.message).not.toContain('order.');
  });

  it('rejects shipment.* fields outside a shipment condition, and a bare {{robots.x}}', () => {
    const flow = flowWith((d) => {
      robot(d, 's_sms_tracking').settings.text = 'Track {{shipment.trackingNumber}}';
      robot(d, 'n_sms').settings.text = 'Code {{robots.n_code}}';
    });
    expect(problemsOf('OF201', flow).map((p) => p.path)).toEqual([
      '$.robots[1].settings.text',
      '$.robots[8].settings.text',
    ]);
  });

  it('looks inside lists and maps of templates (workflow parameters, field assignments)', () => {
    const flow = flowWith((d) => {
      addRobot(d, {
        id: 'wf',
        type: 'workflow.run',
        status: 'P',
        settings: { workflowId: 'wf-invoice', parameters: { amount: '{{order.prise}}' } },
      });
    });
    expect(problemsOf('OF201', flow).map((p) => p.path)).toEqual(['$.robots[14].settings.parameters.amount']);
  });

  it('accepts catalog fields, declared custom fields and {{{{ escapes', () => {
    const flow = flowWith(
      (d) => (robot(d, 'n_sms').settings.text = '{{{{literal}} {{order.custom.source}} {{contact.name}}'),
    );
    expect(problemsOf('OF201', flow)).toEqual([]);
    expect(problemsOf('OF205', flow)).toEqual([]);
  });
});

describe('OF205 custom field not in the reference data', () => {
  it('warns about an undeclared custom field, not when it is declared', () => {
    const flow = flowWith((d) => (robot(d, 'n_sms').settings.text = 'Gift: {{order.custom.giftNote}}'));
    expect(problemsOf('OF205', flow)).toEqual([
      expect.objectContaining({ severity: 'warning', path: '$.robots[1].settings.text' }),
    ]);
    const env = { ...DEFAULT_ENVIRONMENT, customFields: [{ name: 'giftNote', type: 'string' as const }] };
    expect(problemsOf('OF205', flow, env)).toEqual([]);
  });
});

describe('{{robots.X.KEY}}', () => {
  it('OF202: warns when X is not an ancestor of the robot in its chain', () => {
    // n_email_new runs in parallel with n_code, not after it.
    const flow = flowWith((d) => (robot(d, 'n_email_new').settings.subject = 'Order {{robots.n_code.code}}'));
    expect(problemsOf('OF202', flow)).toEqual([
      expect.objectContaining({ severity: 'warning', path: '$.robots[2].settings.subject' }),
    ]);
  });

  it('OF202: accepts a grandparent, and rejects a robot of another status', () => {
    const grandchild = flowWith((d) => {
      addRobot(d, {
        id: 'n_log',
        type: 'log.write',
        status: 'N',
        after: 'n_sms',
        settings: { text: '{{robots.n_code.code}}' },
      });
    });
    expect(problemsOf('OF202', grandchild)).toEqual([]);
    const otherStatus = flowWith((d) => (robot(d, 'p_task').settings.title = 'Ship {{robots.n_code.code}}'));
    expect(problemsOf('OF202', otherStatus).map((p) => p.path)).toEqual(['$.robots[7].settings.title']);
  });

  it('OF203: reports a key the robot type does not output', () => {
    const flow = flowWith((d) => (robot(d, 'n_sms').settings.text = 'Code {{robots.n_code.number}}'));
    const [p] = problemsOf('OF203', flow);
    expect(p).toMatchObject({ severity: 'error', path: '$.robots[1].settings.text' });
    expect(p!.message).toContain('it outputs “Code”.');
  });

  it('OF204: reports a robot id that is not in the flow', () => {
    const flow = flowWith((d) => (robot(d, 'n_sms').settings.text = 'Code {{robots.gone.code}}'));
    expect(problemsOf('OF204', flow)).toEqual([
      expect.objectContaining({ severity: 'error', path: '$.robots[1].settings.text' }),
    ]);
  });

  it('the default flow uses {{robots.n_code.code}} after n_code without problems', () => {
    for (const code of ['OF202', 'OF203', 'OF204'] as const)
      expect(problemsOf(code, DEFAULT_FLOW)).toEqual([]);
  });
});

describe('OF206 unknown field to write', () => {
  it('reports Edit order fields and Generate order number writing a field that does not exist', () => {
    const flow = flowWith((d) => {
      robot(d, 'n_code').settings.field = 'order.number';
      addRobot(d, {
        id: 'upd',
        type: 'order.update',
        status: 'P',
        settings: {
          fields: [
            { field: 'order.trackingNumber', value: 'X' },
            { field: 'order.colour', value: 'red' },
          ],
        },
      });
    });
    expect(problemsOf('OF206', flow).map((p) => p.path)).toEqual([
      '$.robots[0].settings.field',
      '$.robots[14].settings.fields[1].field',
    ]);
  });

  it('accepts catalog fields', () => {
    expect(problemsOf('OF206', DEFAULT_FLOW)).toEqual([]);
  });
});
