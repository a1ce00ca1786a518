import { describe, expect, it } from 'vitest';
import { LINT_CODES } from '../../../src/domain/lint/codes';
import { flowWith, problemsOf, robot } from './helpers';

/* OF504: a half-filled condition row is an error, so a robot cannot silently never run. */

describe('OF504 incomplete condition', () => {
  it('is an error', () => {
    expect(LINT_CODES.OF504.severity).toBe('error');
  });

  it('reports a row with no field chosen, at the row’s field', () => {
    const flow = flowWith((d) => {
      robot(d, 'n_sms').condition = { field: '', op: 'eq' };
    });
    const [p, ...rest] = problemsOf('OF504', flow);
    expect(rest).toEqual([]);
    expect(p!.severity).toBe('error');
    expect(p!.path).toMatch(/^\$\.robots\[\d+\]\.condition\.field$/);
    expect(p!.message).toContain('no field chosen');
    // Not also reported as an unknown field.
    expect(problemsOf('OF502', flow)).toEqual([]);
  });

  it('reports an operator that needs a value without one, inside groups too', () => {
    const flow = flowWith((d) => {
      robot(d, 'n_sms').condition = {
        all: [
          { field: 'order.paid', op: 'eq' },
          { any: [{ field: 'order.accountNumber', op: 'eq', value: '' }] },
          { field: 'order.deliveryStatus', op: 'in', value: [] },
        ],
      };
    });
    const problems = problemsOf('OF504', flow);
    expect(problems.map((p) => p.path.replace(/^\$\.robots\[\d+\]/, ''))).toEqual([
      '.condition.all[0].value',
      '.condition.all[1].any[0].value',
      '.condition.all[2].value',
    ]);
    expect(problems[0]!.message).toContain('“Paid”');
    expect(problems[0]!.message).toContain('no value to compare');
  });

  it('accepts complete rows and value-less "is empty" / "is not empty"', () => {
    const flow = flowWith((d) => {
      robot(d, 'n_sms').condition = {
        all: [
          { field: 'order.paid', op: 'eq', value: false },
          { field: 'order.trackingNumber', op: 'empty' },
          { field: 'order.price', op: 'gt', value: 0 },
        ],
      };
    });
    expect(problemsOf('OF504', flow)).toEqual([]);
  });

  it('reports trigger conditions too', () => {
    const flow = flowWith((d) => {
      d.triggers[0].condition = { field: '', op: 'eq' };
    });
    expect(problemsOf('OF504', flow)[0]!.path).toBe('$.triggers[0].condition.field');
  });
});
