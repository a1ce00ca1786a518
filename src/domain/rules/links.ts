import type { Flow, Robot } from '../flow';

/**
 * The "after previous" links of a flow, indexed once so that the connection rule can be asked about
 * every robot of a large design in one pass (the inspector's Execution list, lint) as cheaply as about
 * one pair (the connect command, the canvas's edge drag). It holds facts only; the rule that judges
 * them is `judgeLink` in connect.ts.
 */
export interface LinkIndex {
  /** The robot with this id (the first one, should a broken import repeat an id). */
  robot(id: string): Robot | undefined;
  /**
   * True when `upper` is `lower` itself or lies above it in its chain: following `after` links up
   * from `lower` reaches `upper`.
   */
  comesBefore(upper: string, lower: string): boolean;
}

export function indexLinks(flow: Flow): LinkIndex {
  // Built on first use: the Execution list hands the rule robots, never ids, and skips it.
  let byId: Map<string, Robot> | undefined;
  const robotById = (id: string): Robot | undefined => {
    if (!byId) {
      byId = new Map();
      for (const robot of flow.robots) if (!byId.has(robot.id)) byId.set(robot.id, robot);
    }
    return byId.get(id);
  };

  const followers = new Map<string, string[]>();
  for (const robot of flow.robots) {
    if (robot.after === null) continue;
    const list = followers.get(robot.after);
    if (list) list.push(robot.id);
    else followers.set(robot.after, [robot.id]);
  }

  // What lies below a robot is walked once per robot asked about: the Execution list asks about one
  // robot and every candidate, so one walk answers all 5,000 of a large design.
  const below = new Map<string, Set<string>>();
  const belowOf = (upper: string): Set<string> => {
    let found = below.get(upper);
    if (found) return found;
    found = new Set([upper]);
    const stack = [upper];
    // The visited set keeps the walk finite on a loop (a broken import, which lint reports).
    while (stack.length > 0)
      for (const next of followers.get(stack.pop()!) ?? [])
        if (!found.has(next)) {
          found.add(next);
          stack.push(next);
        }
    below.set(upper, found);
    return found;
  };

  return {
    robot: robotById,
    comesBefore: (upper, lower) => belowOf(upper).has(lower),
  };
}
