import { describe, expect, it } from 'vitest';
import { describePath } from '../../../src/panels/simulator/editor/validation';

describe('where a scenario problem points, in words', () => {
  it('numbers list items from 1 and names the list, expectations and skipped pauses included', () => {
    expect(describePath('events.1.at')).toBe('Event 2, at');
    expect(describePath('expect.0.is')).toBe('Expectation 1, is');
    expect(describePath('skips.2.at')).toBe('Skipped pause 3, at');
    expect(describePath('')).toBe('Scenario');
  });
});
