import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { loadFlow, serializeFlow } from '../../../src/io';

/*
 * Tests edit the exported JSON freely (that is the point: documents from outside are untyped), so
 * the edited document is `any` here on purpose.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** The default flow as plain JSON, changed by `edit`. */
function variant(edit: (doc: Loose) => void): string {
  const doc = JSON.parse(serializeFlow(DEFAULT_FLOW)) as Loose;
  edit(doc);
  return JSON.stringify(doc);
}

function errorsOf(text: string) {
  const result = loadFlow(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('loadFlow', () => {
  it('reads an export back to the same flow, with no warnings', () => {
    const result = loadFlow(serializeFlow(DEFAULT_FLOW));
    expect(result).toEqual({ ok: true, flow: DEFAULT_FLOW, warnings: [] });
  });

  it('says where the JSON is broken', () => {
    const [error] = errorsOf('{\n  "format": "orderflow.flow",\n  "version": 1,,\n}');
    expect(error).toMatchObject({ code: 'OF001', path: '$' });
    expect(error!.message).toMatch(/not valid JSON/);
    expect(error!.message).toMatch(/line 3/);
  });

  it('rejects an empty file and a JSON value that is not a document', () => {
    expect(errorsOf('  ')[0]).toMatchObject({ code: 'OF001', message: expect.stringContaining('empty') });
    expect(errorsOf('[1, 2]')[0]).toMatchObject({
      code: 'OF002',
      message: expect.stringContaining('found a list'),
    });
  });

  it('accepts a byte order mark', () => {
    expect(loadFlow(`\uFEFF${serializeFlow(DEFAULT_FLOW)}`).ok).toBe(true);
  });

  it('tells a scenario from a flow, and a missing format', () => {
    expect(errorsOf('{"format": "orderflow.scenario", "version": 1}')[0]).toEqual({
      code: 'OF002',
      path: '$.format',
      message: 'This is an Orderflow scenario, not a flow.',
    });
    expect(errorsOf('{"version": 1}')[0]).toMatchObject({ code: 'OF002', path: '$.format' });
  });

  it('refuses a newer version in words', () => {
    const [error] = errorsOf(variant((d) => (d.version = 2)));
    expect(error).toMatchObject({ code: 'OF003', path: '$.version' });
    expect(error!.message).toMatch(/newer Orderflow/);
  });

  it('gives the JSON path and a plain sentence for a wrong enum value', () => {
    const errors = errorsOf(variant((d) => (d.robots[3].delay = { type: 'after', value: 3, unit: 'weeks' })));
    expect(errors).toEqual([
      {
        code: 'OF004',
        path: '$.robots[3].delay.unit',
        message: 'Expected one of "minutes", "hours", "days", found the text "weeks".',
      },
    ]);
  });

  it('names an unknown delay type', () => {
    const errors = errorsOf(variant((d) => (d.robots[0].delay = { type: 'later' })));
    expect(errors).toEqual([
      {
        code: 'OF004',
        path: '$.robots[0].delay.type',
        message: 'Unknown type "later"; expected one of "immediate", "after", "before", "at".',
      },
    ]);
  });

  it('follows a broken condition into the branch it meant', () => {
    const errors = errorsOf(
      variant((d) => {
        d.robots[2].condition = { field: 'order.paid', op: 'equals', value: true };
        d.robots[3].condition = { all: [{ field: 'order.paid' }] };
      }),
    );
    expect(errors.map((e) => e.path)).toEqual([
      '$.robots[2].condition.op',
      '$.robots[3].condition.all[0].op',
    ]);
    expect(errors[1]!.message).toBe('"op" is missing.');
  });

  it('reports a missing key and a wrong type', () => {
    const errors = errorsOf(
      variant((d) => {
        delete d.robots[1].settings;
        d.robots[2].after = 5;
        d.statuses[0].color = 'blue';
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { code: 'OF004', path: '$.robots[1].settings', message: '"settings" is missing.' },
        { code: 'OF004', path: '$.robots[2].after', message: 'Expected a text, found 5.' },
        { code: 'OF004', path: '$.statuses[0].color', message: 'Expected a colour as #rrggbb.' },
      ]),
    );
  });

  it('keeps unknown top-level keys, warns, and exports them again', () => {
    const result = loadFlow(variant((d) => (d.x_backend = { revision: 7 })));
    if (!result.ok) throw new Error('expected ok');
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'OF006', path: '$.x_backend' })]);
    expect(JSON.parse(serializeFlow(result.flow)).x_backend).toEqual({ revision: 7 });
  });

  it('warns that an unknown key inside a robot is dropped', () => {
    const result = loadFlow(variant((d) => (d.robots[0].colour = 'red')));
    if (!result.ok) throw new Error('expected ok');
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'OF007', path: '$.robots[0].colour' })]);
    expect(result.flow.robots[0]).not.toHaveProperty('colour');
  });

  it('fills defaults the format allows to leave out', () => {
    const result = loadFlow(
      JSON.stringify({
        format: 'orderflow.flow',
        version: 1,
        id: 'tiny',
        name: 'Tiny',
        statuses: [{ id: 'A', name: 'A', semantics: 'process', color: '#000000' }],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.flow).toMatchObject({ robots: [], triggers: [], settings: { timezone: 'UTC' } });
  });
});
