import type { IoProblem, PathSegment } from './problems';
import { jsonPath } from './problems';

/**
 * How deep a document may nest. The deepest real content is a condition of a few nested groups
 * (`$.robots[3].condition.all[0].not.any[1]`, about ten levels); validation, lint and the engine
 * walk conditions recursively, so a hostile file nesting thousands of levels would overflow the
 * stack. Refusing it up front with a message beats a crash.
 */
export const MAX_NESTING = 100;

/**
 * The first value nested deeper than `limit`, as a problem at its path, or undefined. Walks with an
 * explicit stack, so the check itself cannot overflow (and a cyclic object, which JSON cannot
 * produce but a caller could pass, ends at the limit too).
 */
export function nestingProblem(value: unknown, limit = MAX_NESTING): IoProblem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // Each container links to its parent, so only the offending value's path is ever built.
  const stack: Container[] = [{ value, depth: 0, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.depth > limit) return tooDeep(pathOf(item), limit);
    const children: [PathSegment, unknown][] = Array.isArray(item.value)
      ? item.value.map((v, i) => [i, v])
      : Object.entries(item.value);
    for (const [key, child] of children) {
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth: item.depth + 1, key, parent: item });
    }
  }
  return undefined;
}

interface Container {
  value: object;
  depth: number;
  key: PathSegment | undefined;
  parent: Container | undefined;
}

function pathOf(item: Container): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Container | undefined = item; at?.parent; at = at.parent) path.unshift(at.key!);
  return path;
}

function tooDeep(path: PathSegment[], limit: number): IoProblem {
  return {
    code: 'OF004',
    path: jsonPath(path),
    message: `This value is nested more than ${limit} levels deep; an Orderflow document never needs that many (a condition is a few groups deep), so it is refused.`,
  };
}
