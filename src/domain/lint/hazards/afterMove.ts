import { moveTargetOf } from '../../catalog/facts';
import { problem, robotPath } from '../problem';
import type { LintProblem, LintRule } from '../types';
import { hazardFacts, surelyMoves } from './facts';
import { robotName, statusName } from './names';

/**
 * OF802: a robot set to run after a robot that always moves the order never runs — the move ends
 * the chain (docs/semantics.md §4 rule 5). A move with a condition, a basis date or a target that fails lets the
 * chain continue, so only moves that happen for every order count. Reported at each robot directly
 * after the move (the edge is what to change); the robots after those go with them.
 */
export const afterMoveRule: LintRule = {
  name: 'after-move',
  codes: ['OF802'],
  check(ctx) {
    const facts = hazardFacts(ctx);
    const out: LintProblem[] = [];
    for (const mover of ctx.flow.robots) {
      if (!surelyMoves(ctx, mover)) continue;
      for (const next of facts.successors.get(mover.id) ?? []) {
        if (next.status !== mover.status || ctx.robotById.get(mover.id) !== mover) continue;
        const below = countBelow(facts.successors, next.id);
        out.push({
          ...problem(
            'OF802',
            [...robotPath(ctx, next), 'after'],
            ctx.t('lint.msg.OF802', {
              robot: robotName(ctx, next),
              mover: robotName(ctx, mover),
              status: statusName(ctx, moveTargetOf(mover)!),
              below,
            }),
          ),
          fix: {
            title: ctx.t('lint.fix.OF802', { robot: robotName(ctx, next) }),
            command: { type: 'edge.disconnect', to: next.id },
          },
        });
      }
    }
    return out;
  },
};

/** The robots below one in its chains (a cycle is counted once). */
export function countBelow(successors: ReadonlyMap<string, readonly { id: string }[]>, id: string): number {
  const seen = new Set<string>([id]);
  const stack = [id];
  while (stack.length) {
    for (const next of successors.get(stack.pop()!) ?? [])
      if (!seen.has(next.id)) {
        seen.add(next.id);
        stack.push(next.id);
      }
  }
  return seen.size - 1;
}
