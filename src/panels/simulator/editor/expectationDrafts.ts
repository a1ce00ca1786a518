import type { Expectation } from '../../../domain/expectations';
import { expectationKind } from '../../../domain/expectations';
import type { FieldInfo } from '../../../domain/fields';
import type { Flow } from '../../../domain/flow';
import type { MessageKey } from '../../../i18n/messageTypes';

export type ExpectKind = 'robot' | 'status' | 'output' | 'field';

/** The kinds in the order the editor offers them, with the message naming each ("A robot is…"). */
export const KIND_LABELS = {
  robot: 'scenario.expect.kind.robot',
  status: 'scenario.expect.kind.status',
  output: 'scenario.expect.kind.output',
  field: 'scenario.expect.kind.field',
} as const satisfies Record<ExpectKind, MessageKey>;

/** A fresh expectation of a kind, about the flow's first robot or status. */
export function newExpectation(kind: ExpectKind, flow: Flow): Expectation {
  const robot = (flow.robots[0]?.id as string | undefined) ?? '';
  const status = (flow.statuses[0]?.id as string | undefined) ?? '';
  switch (kind) {
    case 'robot':
      return { robot, is: 'done' };
    case 'status':
      return { status, is: 'entered' };
    case 'output':
      return { robot, output: 'text', contains: '' };
    case 'field':
      return { field: 'order.paid', equals: true };
  }
}

/** Changes an expectation's kind, keeping the robot it is about where both kinds name one. */
export function changeKind(e: Expectation, kind: ExpectKind, flow: Flow): Expectation {
  const fresh = newExpectation(kind, flow);
  if ('robot' in e && 'robot' in fresh) return { ...fresh, robot: e.robot } as Expectation;
  return fresh;
}

export { expectationKind };

/**
 * The value typed for "equals": a yes/no or number field takes that type (so `true` is not the text
 * "true"), everything else stays text — what an analyst types is what the order shows.
 */
export function parseEquals(text: string, field: FieldInfo | undefined): unknown {
  if (field?.type === 'boolean') return text === 'true';
  if (field?.type === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}
