import { describe, expect, it } from 'vitest';
import { flowWith, problemsOf } from './helpers';

/* OF311 counts only what can move an order: a disabled robot never runs, so it leads nowhere. */

describe('OF311 and disabled robots', () => {
  const withMover = (disabled: boolean) =>
    flowWith((d) => {
      d.statuses.push({ id: 'R', name: 'Returned', semantics: 'process', color: '#999999' });
      d.robots.push({
        id: 'n_to_returned',
        type: 'order.status',
        status: 'N',
        after: null,
        delay: { type: 'immediate' },
        settings: { statusId: 'R' },
        ...(disabled ? { disabled: true } : {}),
      });
    });

  it('a status only a disabled robot moves to cannot be reached', () => {
    expect(problemsOf('OF311', withMover(true)).map((p) => p.path)).toEqual(['$.statuses[5]']);
  });

  it('the same robot enabled makes it reachable', () => {
    expect(problemsOf('OF311', withMover(false))).toEqual([]);
  });
});
