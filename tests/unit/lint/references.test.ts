import { describe, expect, it } from 'vitest';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { addRobot, flowWith, problemsOf, robot, trigger } from './helpers';

describe('OF601 ids not in the reference data', () => {
  it('warns about an unknown mailbox, number, provider, employee, workflow, form and document template', () => {
    const flow = flowWith((d) => {
      robot(d, 'n_email_new').settings.from = 'mb-old';
      robot(d, 's_robocall').settings.from = 'num-gone';
      robot(d, 'n_sms').settings.provider = 'nexmo';
      robot(d, 'd_notify').settings.recipients = ['responsible', 'e99'];
      addRobot(d, { id: 'wf', type: 'workflow.run', status: 'P', settings: { workflowId: 'wf-x' } });
      addRobot(d, { id: 'doc', type: 'document.create', status: 'P', settings: { templateId: 'doc-x' } });
      d.triggers.push({ id: 'form', type: 'form.submitted', status: 'S', settings: { formId: 'form-x' } });
      trigger(d, 't_payment').executeBy = 'e42';
    });
    const problems = problemsOf('OF601', flow);
    expect(problems.map((p) => p.path)).toEqual([
      '$.robots[1].settings.provider',
      '$.robots[2].settings.from',
      '$.robots[9].settings.from',
      '$.robots[13].settings.recipients[1]',
      '$.robots[14].settings.workflowId',
      '$.robots[15].settings.templateId',
      '$.triggers[0].executeBy',
      '$.triggers[4].settings.formId',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems[1]!.message).toContain(
      'Send email “New order email” uses a mailbox that is not in the reference data',
    );
  });

  it('accepts fixed choices (auto, default, responsible) and known ids', () => {
    expect(problemsOf('OF601', DEFAULT_FLOW)).toEqual([]);
  });

  it('judges against the environment it is given', () => {
    const env = {
      ...DEFAULT_ENVIRONMENT,
      mailboxes: [{ id: 'mb-other', address: 'x@y.example', name: 'X' }],
    };
    expect(problemsOf('OF601', DEFAULT_FLOW, env).map((p) => p.path)).toEqual([
      '$.robots[2].settings.from',
      '$.robots[3].settings.from',
    ]);
  });
});
