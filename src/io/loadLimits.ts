import type { IoProblem, PathSegment } from './problems';
import { jsonPath } from './problems';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/**
 * How deep a document may nest. The deepest real content is a condition of a few nested groups
 * (`$.robots[3].condition.all[0].not.any[1]`, about ten levels); validation, lint and the engine
 * walk conditions recursively, so a hostile file nesting thousands of levels would overflow the
 * stack. Refusing it up front with a message beats a crash.
 */
export const MAX_NESTING = 100;

/**
 * The first thing in a parsed document that JSON text can hold but a flow cannot: a value nested
 * deeper than `limit`, or a number too large for a double (`1e309` parses as Infinity, which an
 * export would write back as null). Walks with an explicit stack, so the check itself cannot
 * overflow (and a cyclic object, which JSON cannot produce but a caller could pass, ends at the
 * limit too).
 */
export function documentLimitsProblem(
  value: unknown,
  limit = MAX_NESTING,
  translator: Translator = englishTranslator,
): IoProblem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // Each container links to its parent, so only the offending value's path is ever built. Plain
  // loops, no entry arrays: this walks every value of a 5,000-robot flow on each load.
  const stack: Container[] = [{ value, depth: 0, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.depth > limit) return tooDeep(pathOf(item), limit, translator);
    const container = item.value as Record<string, unknown>;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const problem = visit(container[i], i, item, stack, translator);
        if (problem) return problem;
      }
    } else {
      for (const key in container) {
        if (!Object.hasOwn(container, key)) continue;
        const problem = visit(container[key], key, item, stack, translator);
        if (problem) return problem;
      }
    }
  }
  return undefined;
}

/** Queues a container for the walk; a leaf is checked at once. */
function visit(
  child: unknown,
  key: PathSegment,
  parent: Container,
  stack: Container[],
  translator: Translator,
): IoProblem | undefined {
  if (typeof child === 'object') {
    if (child !== null) stack.push({ value: child, depth: parent.depth + 1, key, parent });
  } else if (typeof child === 'number' && !Number.isFinite(child)) {
    return notFinite([...pathOf(parent), key], translator);
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

function tooDeep(path: PathSegment[], limit: number, { t }: Translator): IoProblem {
  return { code: 'OF004', path: jsonPath(path), message: t('io.load.tooDeep', { limit }) };
}

function notFinite(path: PathSegment[], { t }: Translator): IoProblem {
  return { code: 'OF004', path: jsonPath(path), message: t('io.load.notFinite') };
}
