import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json';
import type { CompiledProcess } from './compile';
import { escalationCode } from './names';
import type { GraphNode, Scope } from './graph';
import { allNodes, xmlId } from './graph';
import type { Layout } from './layout';

type Element = ModdleElement;

const ELEMENT: Record<GraphNode['kind'], string> = {
  startEvent: 'bpmn:StartEvent',
  endEvent: 'bpmn:EndEvent',
  exclusiveGateway: 'bpmn:ExclusiveGateway',
  parallelGateway: 'bpmn:ParallelGateway',
  serviceTask: 'bpmn:ServiceTask',
  intermediateCatchEvent: 'bpmn:IntermediateCatchEvent',
  intermediateThrowEvent: 'bpmn:IntermediateThrowEvent',
  boundaryEvent: 'bpmn:BoundaryEvent',
  subProcess: 'bpmn:SubProcess',
};

/** A moddle instance that knows the Zeebe extensions (also used by the tests to read files back). */
export const createModdle = (): BpmnModdle => new BpmnModdle({ zeebe: zeebeSchema });

/** The compiled process and its layout as a BPMN 2.0 document (XML, formatted). */
export async function writeBpmn(compiled: CompiledProcess, layout: Layout, version: string): Promise<string> {
  const moddle = createModdle();
  const create = (type: string, attrs: Record<string, unknown> = {}): Element => moddle.create(type, attrs);

  const messages = new Map<string, Element>();
  for (const node of allNodes(compiled.root)) {
    if (node.message && !messages.has(node.message)) {
      messages.set(
        node.message,
        create('bpmn:Message', {
          id: xmlId('Message', node.message),
          name: node.message,
          extensionElements: create('bpmn:ExtensionElements', {
            values: [create('zeebe:Subscription', { correlationKey: '=orderId' })],
          }),
        }),
      );
    }
  }
  const escalations = new Map<string, Element>();
  for (const node of allNodes(compiled.root)) {
    if (node.escalation !== undefined && !escalations.has(node.escalation)) {
      escalations.set(
        node.escalation,
        create('bpmn:Escalation', {
          id: xmlId('Escalation_leave', node.escalation),
          name: `Order leaves status ${node.escalation}`,
          escalationCode: escalationCode(node.escalation),
        }),
      );
    }
  }

  const byId = new Map<string, Element>();
  const fill = (scope: Scope, container: Element): void => {
    const elements: Element[] = [];
    for (const node of scope.nodes) {
      const el = createNode(node);
      byId.set(node.id, el);
      elements.push(el);
      if (node.scope) fill(node.scope, el);
    }
    for (const flow of scope.flows) {
      const source = byId.get(flow.source)!;
      const target = byId.get(flow.target)!;
      const el = create('bpmn:SequenceFlow', {
        id: flow.id,
        name: flow.name,
        sourceRef: source,
        targetRef: target,
        conditionExpression: flow.condition
          ? create('bpmn:FormalExpression', { body: flow.condition })
          : undefined,
      });
      source.get('outgoing').push(el);
      target.get('incoming').push(el);
      byId.set(flow.id, el);
      elements.push(el);
    }
    for (const node of scope.nodes) {
      if (node.defaultFlow) byId.get(node.id)!.set('default', byId.get(node.defaultFlow));
      if (node.attachedTo) byId.get(node.id)!.set('attachedToRef', byId.get(node.attachedTo));
    }
    container.set('flowElements', elements);
  };

  function createNode(node: GraphNode): Element {
    const extensions: Element[] = [];
    if (node.task) {
      extensions.push(create('zeebe:TaskDefinition', { type: node.task.type, retries: '3' }));
      if (node.task.headers.length > 0)
        extensions.push(
          create('zeebe:TaskHeaders', {
            values: node.task.headers.map(([key, value]) => create('zeebe:Header', { key, value })),
          }),
        );
    }
    if (node.outputs)
      extensions.push(
        create('zeebe:IoMapping', {
          outputParameters: node.outputs.map((o) =>
            create('zeebe:Output', { source: o.source, target: o.target }),
          ),
        }),
      );
    const definitions: Element[] = [];
    if (node.timer) {
      const expression = create('bpmn:FormalExpression', { body: node.timer.expression });
      definitions.push(
        create(
          'bpmn:TimerEventDefinition',
          node.timer.kind === 'duration' ? { timeDuration: expression } : { timeDate: expression },
        ),
      );
    }
    if (node.message)
      definitions.push(create('bpmn:MessageEventDefinition', { messageRef: messages.get(node.message) }));
    if (node.escalation !== undefined)
      definitions.push(
        create('bpmn:EscalationEventDefinition', { escalationRef: escalations.get(node.escalation) }),
      );
    const attrs: Record<string, unknown> = { id: node.id, name: node.name };
    if (definitions.length > 0) attrs.eventDefinitions = definitions;
    if (extensions.length > 0)
      attrs.extensionElements = create('bpmn:ExtensionElements', { values: extensions });
    if (node.kind === 'boundaryEvent') attrs.cancelActivity = true;
    if (node.interrupting === false) attrs.isInterrupting = false;
    if (node.triggeredByEvent) attrs.triggeredByEvent = true;
    return create(ELEMENT[node.kind], attrs);
  }

  const process = create('bpmn:Process', { id: compiled.processId, name: compiled.name, isExecutable: true });
  fill(compiled.root, process);

  const planeElements: Element[] = [];
  for (const [id, b] of layout.shapes) {
    const el = byId.get(id)!;
    planeElements.push(
      create('bpmndi:BPMNShape', {
        id: `${id}_di`,
        bpmnElement: el,
        isExpanded: el.$type === 'bpmn:SubProcess' ? true : undefined,
        bounds: create('dc:Bounds', { ...b }),
      }),
    );
  }
  for (const [id, points] of layout.edges) {
    planeElements.push(
      create('bpmndi:BPMNEdge', {
        id: `${id}_di`,
        bpmnElement: byId.get(id),
        waypoint: points.map((p) => create('dc:Point', { ...p })),
      }),
    );
  }
  const plane = create('bpmndi:BPMNPlane', {
    id: 'Plane_1',
    bpmnElement: process,
    planeElement: planeElements,
  });
  const definitions = create('bpmn:Definitions', {
    id: 'Definitions_orderflow',
    targetNamespace: 'http://bpmn.io/schema/bpmn',
    exporter: 'Orderflow',
    exporterVersion: version,
    rootElements: [...messages.values(), ...escalations.values(), process],
    diagrams: [create('bpmndi:BPMNDiagram', { id: 'Diagram_1', plane })],
  });
  definitions.$attrs['xmlns:modeler'] = 'http://camunda.org/schema/modeler/1.0';
  definitions.$attrs['modeler:executionPlatform'] = 'Camunda Cloud';
  definitions.$attrs['modeler:executionPlatformVersion'] = '8.8.0';
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}
