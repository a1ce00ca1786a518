import { describe, expect, it } from 'vitest';
import { locateProblem, parseJsonPath } from '../../../src/panels/problems';
import { flowWithProblems } from './fixture';

describe('locateProblem', () => {
  it("reads lint's JSON paths back, quoted keys included", () => {
    expect(parseJsonPath('$.robots[3].settings.fields[0].value')).toEqual([
      'robots',
      3,
      'settings',
      'fields',
      0,
      'value',
    ]);
    expect(parseJsonPath('$.robots[0].settings["odd key"]')).toEqual(['robots', 0, 'settings', 'odd key']);
    expect(parseJsonPath('$')).toEqual([]);
  });

  it('names a nested setting by its top-level field and a node part by its inspector label', () => {
    const flow = flowWithProblems();
    expect(locateProblem(flow, { path: '$.robots[1].settings.body' })).toEqual({
      kind: 'robot',
      nodeId: 'email-send-1',
      nodeLabel: 'Send email',
      part: 'settings',
      settingKey: 'body',
      fieldLabel: 'Text',
    });
    expect(locateProblem(flow, { path: '$.robots[0].delay.basis' })).toMatchObject({
      nodeLabel: 'SMS with the order number',
      typeTitle: 'Send SMS',
      part: 'delay',
      fieldLabel: 'Run',
    });
    expect(locateProblem(flow, { path: '$.triggers[0].condition.all[0].field' })).toMatchObject({
      kind: 'trigger',
      nodeId: 'pay-1',
      fieldLabel: 'Condition',
    });
  });

  it('copes with flow-level paths and an index the flow no longer has', () => {
    const flow = flowWithProblems();
    expect(locateProblem(flow, { path: '$.settings.timezone' })).toMatchObject({
      kind: 'flow',
      nodeLabel: 'Shop',
      fieldLabel: 'Time zone',
    });
    const stale = locateProblem(flow, { path: '$.robots[9].settings.text' });
    expect(stale).toEqual({ kind: 'robot', nodeLabel: 'Robot 10' });
  });
});
