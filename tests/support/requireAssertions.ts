import { beforeEach, expect } from 'vitest';

/*
 * A test that reaches its end without one assertion fails: a loop over a list that turned out empty,
 * or a check behind an `if` that never held, is a test that cannot fail, and it must say so.
 */
beforeEach(() => {
  expect.hasAssertions();
});
