import { describe, expect, it } from 'vitest';
import { canConnect } from '../../../src/domain/rules/connect';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { addRobot, flowWith, problemsOf, robot, trigger } from './helpers';

describe('"after previous" edges', () => {
  it('OF301: an edge across statuses', () => {
    const flow = flowWith((d) => (robot(d, 'p_task').after = 'n_code'));
    expect(problemsOf('OF301', flow)).toEqual([
      expect.objectContaining({ severity: 'error', path: '$.robots[7].after' }),
    ]);
  });

  it('OF302: an edge to a robot that does not exist', () => {
    const flow = flowWith((d) => (robot(d, 'p_task').after = 'deleted_robot'));
    const [p] = problemsOf('OF302', flow);
    expect(p).toMatchObject({ severity: 'error', path: '$.robots[7].after' });
    expect(p!.message).toContain('runs after a robot that is not in this flow');
  });

  it('OF303: a cycle is reported once, in running order', () => {
    const flow = flowWith((d) => {
      robot(d, 'n_code').after = 'n_sms'; // n_sms already runs after n_code
    });
    const problems = problemsOf('OF303', flow);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '$.robots[0].after' });
    expect(problems[0]!.message).toContain(
      '“Generate order number” → “SMS with the order number” → “Generate order number”',
    );
  });

  it('OF303: a robot after itself', () => {
    const flow = flowWith((d) => (robot(d, 'p_task').after = 'p_task'));
    expect(problemsOf('OF303', flow)[0]!.message).toMatch(/runs after itself/);
  });

  it('fan-out is fine', () => {
    const flow = flowWith((d) =>
      addRobot(d, { id: 'n_log', type: 'log.write', status: 'N', after: 'n_code', settings: { text: 'x' } }),
    );
    for (const code of ['OF301', 'OF302', 'OF303'] as const) expect(problemsOf(code, flow)).toEqual([]);
  });
});

describe('statuses', () => {
  it('OF311: warns about a status nothing leads to', () => {
    const flow = flowWith((d) => {
      d.triggers = d.triggers.filter((t: { id: string }) => t.id !== 't_delivered');
    });
    expect(problemsOf('OF311', flow)).toEqual([
      expect.objectContaining({ severity: 'warning', path: '$.statuses[3]' }),
    ]);
  });

  it('OF311: a robot of an unreachable status does not make its target reachable', () => {
    const flow = flowWith((d) => {
      d.statuses.push({ id: 'X', name: 'Limbo', semantics: 'process', color: '#cccccc' });
      d.statuses.push({ id: 'Y', name: 'After limbo', semantics: 'process', color: '#cccccc' });
      // A webhook leads to X; Y only has a robot moving the order from Y to X, and nothing leads to Y.
      d.triggers.push({ id: 't_y', type: 'webhook', status: 'X', settings: { code: 'abc' } });
      d.robots.push({
        id: 'x_move',
        type: 'order.status',
        status: 'Y',
        after: null,
        delay: { type: 'immediate' },
        settings: { statusId: 'X' },
      });
    });
    // X is reachable through its trigger from any earlier status; Y is not reachable at all.
    expect(problemsOf('OF311', flow).map((p) => p.path)).toEqual(['$.statuses[6]']);
  });

  it('OF311: the first status and statuses with triggers or moves are reachable', () => {
    expect(problemsOf('OF311', DEFAULT_FLOW)).toEqual([]);
  });

  it('OF312: an empty status is an info', () => {
    const flow = flowWith((d) =>
      d.statuses.push({ id: 'R', name: 'Returned', semantics: 'failure', color: '#999999' }),
    );
    expect(problemsOf('OF312', flow)).toEqual([
      expect.objectContaining({ severity: 'info', path: '$.statuses[5]' }),
    ]);
    expect(problemsOf('OF312', DEFAULT_FLOW)).toEqual([]);
  });

  it('OF401: Cancel order to a non-failure status', () => {
    const flow = flowWith((d) => (robot(d, 'n_cancel').settings.statusId = 'F'));
    const [p] = problemsOf('OF401', flow);
    expect(p).toMatchObject({ severity: 'error', path: '$.robots[4].settings.statusId' });
    expect(p!.message).toContain('a success status');
  });

  it('OF402: Change status or Cancel order to an unknown status', () => {
    const flow = flowWith((d) => {
      robot(d, 'n_cancel').settings.statusId = 'CANCELLED';
      d.robots.push({
        id: 'mv',
        type: 'order.status',
        status: 'P',
        after: null,
        delay: { type: 'immediate' },
        settings: { statusId: 'ZZ' },
      });
    });
    expect(problemsOf('OF402', flow).map((p) => p.path)).toEqual([
      '$.robots[4].settings.statusId',
      '$.robots[14].settings.statusId',
    ]);
    expect(problemsOf('OF401', flow)).toEqual([]);
  });

  it('OF403: a robot or trigger on a status that is not in the flow', () => {
    const flow = flowWith((d) => {
      robot(d, 'p_task').status = 'Q';
      trigger(d, 't_payment').status = 'Q';
    });
    expect(problemsOf('OF403', flow).map((p) => p.path)).toEqual([
      '$.robots[7].status',
      '$.triggers[0].status',
    ]);
    expect(problemsOf('OF403', DEFAULT_FLOW)).toEqual([]);
  });
});

describe('triggers', () => {
  it('OF321: same type and settings on one status', () => {
    const flow = flowWith((d) =>
      d.triggers.push({ ...trigger(d, 't_shipment'), id: 't_shipment_2', name: 'Again' }),
    );
    expect(problemsOf('OF321', flow)).toEqual([
      expect.objectContaining({ severity: 'warning', path: '$.triggers[4]' }),
    ]);
  });

  it('OF321: different settings or another status are not duplicates', () => {
    const flow = flowWith((d) => {
      d.triggers.push({
        id: 'a',
        type: 'form.submitted',
        status: 'P',
        settings: { formId: 'form-feedback' },
      });
      d.triggers.push({
        id: 'b',
        type: 'form.submitted',
        status: 'P',
        settings: { formId: 'form-callback' },
      });
      d.triggers.push({ id: 'c', type: 'shipment.shipped', status: 'F', settings: {} });
    });
    expect(problemsOf('OF321', flow)).toEqual([]);
  });

  it('OF322: a trigger on the first status without allowBackward', () => {
    const flow = flowWith((d) =>
      d.triggers.push({ id: 'back', type: 'site.visit', status: 'N', settings: {} }),
    );
    expect(problemsOf('OF322', flow)).toEqual([expect.objectContaining({ path: '$.triggers[4]' })]);
    const allowed = flowWith((d) =>
      d.triggers.push({ id: 'back', type: 'site.visit', status: 'N', allowBackward: true, settings: {} }),
    );
    expect(problemsOf('OF322', allowed)).toEqual([]);
  });
});

describe('OF701 duplicate ids', () => {
  it('reports a second status, and a trigger reusing a robot id', () => {
    const flow = flowWith((d) => {
      d.statuses.push({ ...d.statuses[0], name: 'Copy' });
      trigger(d, 't_shipment').id = 'n_sms';
    });
    expect(problemsOf('OF701', flow).map((p) => p.path)).toEqual(['$.statuses[5].id', '$.triggers[1].id']);
  });

  it('is quiet for unique ids', () => {
    expect(problemsOf('OF701', DEFAULT_FLOW)).toEqual([]);
  });
});

describe('lint and canConnect agree on "after previous" edges', () => {
  it('an edge is flagged exactly when canConnect refuses to draw it', () => {
    const flow = flowWith((d) => {
      robot(d, 'p_task').after = 'n_code'; // other status
      robot(d, 's_robocall').after = 'ghost'; // unknown robot
      robot(d, 'n_code').after = 'n_sms'; // cycle n_code ⇄ n_sms
      robot(d, 'd_notify').after = 'd_email_canceled'; // fine
    });
    const flagged = new Set(
      ['OF301', 'OF302', 'OF303'].flatMap((code) => problemsOf(code as 'OF301', flow).map((p) => p.path)),
    );
    for (const [i, r] of flow.robots.entries()) {
      if (r.after === null) continue;
      const detached = { ...flow, robots: flow.robots.map((x) => (x === r ? { ...x, after: null } : x)) };
      const refused = !canConnect(detached, r.after, r.id).ok;
      // A cycle is reported once, at its first robot; its other edges are refused by canConnect too.
      const inReportedCycle = r.id === 'n_sms';
      expect(flagged.has(`$.robots[${i}].after`) || inReportedCycle, r.id).toBe(refused);
    }
  });
});

describe('status names', () => {
  it('OF313: an imported document with two statuses of one name (case and spacing ignored)', () => {
    const flow = flowWith((d) => {
      d.statuses[1].name = `  ${String(d.statuses[0].name).toUpperCase()} `;
    });
    const problems = problemsOf('OF313', flow);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', path: '$.statuses[1].name' })]);
    expect(problems[0]!.message).toContain(`"${flow.statuses[0]!.name}"`);
    expect(problemsOf('OF313', DEFAULT_FLOW)).toEqual([]);
  });
});
