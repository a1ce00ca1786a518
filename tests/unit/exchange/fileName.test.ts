import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { exportFileName, flowExport, scenarioFileName, timelineFileName } from '../../../src/io/exchange';
import { serializeFlow } from '../../../src/io';

describe('export file names', () => {
  it.each([
    ['Online store — default', 'Online store — default.orderflow.json'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j.orderflow.json'],
    ['  ..hidden.  ', 'hidden.orderflow.json'],
    ['tabs\tand\nnewlines', 'tabs-and-newlines.orderflow.json'],
    ['', 'flow.orderflow.json'],
    ['???', 'flow.orderflow.json'],
    ['CON', '_CON.orderflow.json'],
  ])('%j → %j', (name, file) => {
    expect(exportFileName({ name })).toBe(file);
  });

  it('caps very long names', () => {
    expect(exportFileName({ name: 'x'.repeat(500) }).length).toBe(100 + '.orderflow.json'.length);
  });

  it('names scenarios and timelines', () => {
    expect(scenarioFileName({ name: 'Never paid' })).toBe('Never paid.scenario.json');
    expect(scenarioFileName({ name: '' })).toBe('scenario.scenario.json');
    expect(timelineFileName({ name: 'Shop' }, 'Never paid', 'csv')).toBe('Shop - Never paid.timeline.csv');
  });

  it('exports a flow pretty-printed with stable keys', () => {
    const file = flowExport(DEFAULT_FLOW);
    expect(file).toMatchObject({
      fileName: 'Online store — default.orderflow.json',
      mimeType: 'application/json',
    });
    expect(file.text).toBe(serializeFlow(DEFAULT_FLOW));
    // Same document with keys inserted in another order prints the same.
    const shuffled = Object.fromEntries(Object.entries(DEFAULT_FLOW).reverse()) as typeof DEFAULT_FLOW;
    expect(flowExport(shuffled).text).toBe(file.text);
    expect(file.text.startsWith('{\n  "format": "orderflow.flow",\n  "version": 1,')).toBe(true);
  });
});
