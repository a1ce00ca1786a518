import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/domain/flow';
import type { LintProblem } from '../../../src/domain/lint';
import { applyFlowUpdate, decodeProblems, encodeProblems, flowUpdate } from '../../../src/store/lintTransfer';
import { generateFlow } from '../../fixtures/generators';

/** What the worker ends up holding: the update as it crosses (a structured clone), applied. */
const across = (held: Flow | null, sent: Flow | null, next: Flow) =>
  applyFlowUpdate(held, structuredClone(flowUpdate(sent, next)));

describe('the design handed to the lint worker', () => {
  const flow = generateFlow(3, { statuses: 3, robotsPerStatus: 5, triggers: 4 });

  it('goes whole the first time and for another design', () => {
    expect(flowUpdate(null, flow)).toEqual({ whole: JSON.stringify(flow) });
    const other = { ...flow, id: 'another-design' } as Flow;
    expect('whole' in flowUpdate(flow, other)).toBe(true);
  });

  it('then only as the entries that changed, and arrives equal to the page’s', () => {
    const held = across(null, null, flow);
    const renamed: Flow = {
      ...flow,
      robots: flow.robots.map((r, i) => (i === 2 ? { ...r, name: 'Call the client' } : r)),
    };
    expect(flowUpdate(flow, renamed)).toEqual({
      changed: [{ key: 'robots', items: [[2, renamed.robots[2]]] }],
    });
    const heldNow = across(held, flow, renamed);
    expect(heldNow).toEqual(renamed);

    // A robot deleted (a shorter list goes whole), a field removed, the design renamed.
    const { description: _dropped, ...rest } = { ...renamed, description: 'x' };
    const withDescription: Flow = { ...renamed, description: 'x' } as Flow;
    const heldWith = across(heldNow, renamed, withDescription);
    const edited = { ...rest, name: 'Spring sale', robots: renamed.robots.slice(1) } as Flow;
    expect(across(heldWith, withDescription, edited)).toEqual(edited);
  });

  it('cannot be a change before the design itself arrived', () => {
    expect(() => applyFlowUpdate(null, { changed: [] })).toThrow(/before the design/);
  });
});

describe('the worker’s answer', () => {
  const problem = (code: LintProblem['code'], path: string, message = 'Text is missing.'): LintProblem => ({
    code,
    path,
    message,
    severity: 'error',
  });
  const previous = [problem('OF101', '$.robots[0].settings.text'), problem('OF203', '$.robots[4]')];

  it('names problems of the last answer by their place, and the page gets the same objects back', () => {
    const now = [problem('OF203', '$.robots[4]'), problem('OF101', '$.robots[7].settings.text')];
    const encoded = encodeProblems(previous, now);
    expect(encoded).toEqual([1, now[1]]);
    const decoded = decodeProblems(previous, structuredClone(encoded));
    expect(decoded[0]).toBe(previous[1]);
    expect(decoded).toEqual(now);
  });

  it('is the very same list when nothing changed, and a new one when a message’s words did', () => {
    const same = previous.map((p) => ({ ...p }));
    expect(decodeProblems(previous, encodeProblems(previous, same))).toBe(previous);
    const reworded = [previous[0]!, { ...previous[1]!, message: 'Другие слова.' }];
    const decoded = decodeProblems(previous, encodeProblems(previous, reworded));
    expect(decoded).not.toBe(previous);
    expect(decoded[1]!.message).toBe('Другие слова.');
  });

  it('tells apart problems of the same words whose quick fixes differ', () => {
    const fixed = (to: string): LintProblem => ({
      ...previous[1]!,
      fix: { title: 'Run it in parallel', command: { type: 'edge.disconnect', to } as never },
    });
    const decoded = decodeProblems([fixed('r1')], encodeProblems([fixed('r1')], [fixed('r2')]));
    expect(decoded[0]!.fix!.command).toEqual({ type: 'edge.disconnect', to: 'r2' });
  });
});
