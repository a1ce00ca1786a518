import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { exportFlowToBpmn } from '../../../src/io/bpmn';
import { feelExpressions, lint, readBack, unparsableFeel } from '../../support/bpmn/check';
import { FEATURE_FLOW } from '../../support/bpmn/featureFlow';

const FLOWS = [
  ['the default flow', DEFAULT_FLOW],
  ['a flow using every construct', FEATURE_FLOW],
] as const;

describe.each(FLOWS)('BPMN export of %s', (_, flow) => {
  it('reads back in bpmn-moddle without a warning and keeps the Zeebe task types', async () => {
    const { xml } = await exportFlowToBpmn(flow);
    const { definitions, warnings } = await readBack(xml);
    expect(warnings).toEqual([]);
    const process = definitions
      .get('rootElements')
      .find((e: { $type: string }) => e.$type === 'bpmn:Process');
    expect(process.isExecutable).toBe(true);
    const types = new Set<string>();
    const walk = (
      elements: {
        $type: string;
        extensionElements?: { values: { $type: string; type?: string }[] };
        flowElements?: unknown[];
      }[],
    ) => {
      for (const el of elements) {
        for (const ext of el.extensionElements?.values ?? [])
          if (ext.$type === 'zeebe:TaskDefinition') types.add(ext.type!);
        if (el.flowElements) walk(el.flowElements as typeof elements);
      }
    };
    walk(process.flowElements);
    for (const robot of flow.robots.filter((r) => !r.disabled))
      expect(types).toContain(`orderflow.${robot.type}`);
  });

  it('passes bpmnlint (recommended) and Camunda 8.8 compatibility without errors or warnings', async () => {
    const { xml } = await exportFlowToBpmn(flow);
    const reports = await lint((await readBack(xml)).definitions);
    expect(reports.map((r) => `${r.category} ${r.rule} ${r.id}: ${r.message}`)).toEqual([]);
  });

  it('writes only FEEL that @bpmn-io/feelin parses', async () => {
    const { xml } = await exportFlowToBpmn(flow);
    const expressions = feelExpressions(xml);
    expect(expressions.length).toBeGreaterThan(flow.statuses.length);
    expect(unparsableFeel(expressions)).toEqual([]);
  });

  it('gives every element a place in the diagram', async () => {
    const { xml } = await exportFlowToBpmn(flow);
    const ids = [
      ...xml.matchAll(
        /<bpmn:(?!definitions|process|message|escalation|incoming|outgoing|extensionElements|conditionExpression|timeDate|timeDuration)\w+ id="([^"]+)"/g,
      ),
    ]
      .map((m) => m[1]!)
      .filter((id) => !/^(Message|Escalation|Diagram|Plane)/.test(id));
    const drawn = new Set([...xml.matchAll(/bpmnElement="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.filter((id) => !drawn.has(id) && !/EventDefinition|Definition_/.test(id))).toEqual([]);
  });
});

describe('BPMN export warnings and structure', () => {
  it('warns, with the robot and status, that working hours need a "compute run time" worker', async () => {
    const { warnings, xml } = await exportFlowToBpmn(DEFAULT_FLOW);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'BPMN_WORK_TIME', nodeId: 's_robocall', status: 'S' }),
    ]);
    expect(warnings[0]!.message).toMatch(/working hours/);
    expect(xml).toContain('type="orderflow.runTime"');
  });

  it('warns that a fraction of a day is counted as elapsed hours, not calendar days', async () => {
    const flow = {
      ...FEATURE_FLOW,
      robots: FEATURE_FLOW.robots.map((r) =>
        r.id === 'a8' ? { ...r, delay: { type: 'after' as const, value: 1.5, unit: 'days' as const } } : r,
      ),
    };
    const { warnings, xml } = await exportFlowToBpmn(flow);
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'BPMN_FRACTIONAL_DAYS', nodeId: 'a8', status: 'A' }),
    );
    expect(xml).toContain('PT129600S');
  });

  it('subscribes to each trigger type once per status, even when two triggers of the type share a status', async () => {
    const { xml } = await exportFlowToBpmn(FEATURE_FLOW);
    const statusA = xml.slice(
      xml.indexOf('<bpmn:subProcess id="Status_A"'),
      xml.indexOf('<bpmn:subProcess id="Status_B"'),
    );
    const starts = [...statusA.matchAll(/messageRef="Message_orderflow\.payment\.received"/g)];
    expect(starts).toHaveLength(1);
    // Both payment triggers are candidates, in document order, behind the one subscription.
    expect(statusA.indexOf('Fire_A_t1')).toBeLessThan(statusA.indexOf('Fire_A_t2'));
  });

  it('offers a trigger on an earlier status only when it allows moving back', async () => {
    const { xml } = await exportFlowToBpmn(FEATURE_FLOW);
    // t6 (webhook, on A, allowBackward) can fire from B; nothing fires a trigger on its own status.
    expect(xml).toContain('id="Fire_B_t6"');
    expect(xml).not.toContain('id="Fire_A_t6"');
    // t1 (payment, on B, forward only) cannot fire from C.
    expect(xml).not.toContain('id="Fire_C_t1"');
  });
});
