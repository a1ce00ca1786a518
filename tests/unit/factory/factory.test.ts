import { describe, expect, it } from 'vitest';
import { robotDefinition, triggerDefinition } from '../../../src/domain/catalog';
import { applyCommand } from '../../../src/domain/commands';
import {
  createRobot,
  createTrigger,
  isUnconfigured,
  missingSettings,
  webhookCode,
} from '../../../src/domain/factory';
import { flowSchema, robotSchema, triggerSchema } from '../../../src/domain/flow';
import type { Flow } from '../../../src/domain/flow';
import { statusId } from '../../../src/domain/ids';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { ROBOT_TYPES, TRIGGER_TYPES } from '../../../src/domain/types';

const N = statusId('N');

function emptyFlow(): Flow {
  return flowSchema.parse({
    format: 'orderflow.flow',
    version: 1,
    id: 'shop',
    name: 'Shop',
    statuses: [
      { id: 'N', name: 'New', semantics: 'process', color: '#2f80ed' },
      { id: 'D', name: 'Canceled', semantics: 'failure', color: '#eb5757' },
    ],
  });
}

/** Adds through the real command, as the app does, so each test sees a document the app could hold. */
function withRobot(flow: Flow, type: (typeof ROBOT_TYPES)[number]): Flow {
  const result = applyCommand(flow, { type: 'robot.add', robot: createRobot(flow, type, N) });
  if (!result.ok) throw new Error(result.reason);
  return result.flow;
}

describe('createRobot', () => {
  it('gives a readable id named after the type, immediate, in parallel, on the status', () => {
    const robot = createRobot(emptyFlow(), 'email.send', N);
    expect(robot).toMatchObject({
      id: 'email-send-1',
      type: 'email.send',
      status: 'N',
      after: null,
      delay: { type: 'immediate' },
    });
    expect(robot.name).toBeUndefined();
    expect(robot.condition).toBeUndefined();
  });

  it('never reuses an id already taken by a robot or a trigger', () => {
    let flow = withRobot(emptyFlow(), 'email.send');
    flow = withRobot(flow, 'email.send');
    expect(flow.robots.map((r) => r.id)).toEqual(['email-send-1', 'email-send-2']);
    const clash = { ...flow, triggers: [createTrigger(flow, 'payment.received', N)] };
    clash.triggers[0]!.id = 'email-send-3' as never;
    expect(createRobot(clash, 'email.send', N).id).toBe('email-send-4');
  });

  it('copies the catalog defaults deeply, so editing a new robot leaves the catalog intact', () => {
    const robot = createRobot(emptyFlow(), 'order.update', N);
    expect(robot.settings).toEqual(robotDefinition('order.update').defaults);
    (robot.settings.fields as unknown[]).push({ field: 'order.paid', value: true });
    expect(createRobot(emptyFlow(), 'order.update', N).settings).toEqual(
      robotDefinition('order.update').defaults,
    );
  });

  it('makes a valid document node for every robot type', () => {
    for (const type of ROBOT_TYPES) {
      expect(robotSchema.safeParse(createRobot(DEFAULT_FLOW, type, N)).success, type).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(createRobot(DEFAULT_FLOW, 'sms.send', N)).toEqual(createRobot(DEFAULT_FLOW, 'sms.send', N));
  });
});

describe('createTrigger', () => {
  it('gives a readable id, forward only, with the catalog defaults', () => {
    const trigger = createTrigger(emptyFlow(), 'email.linkClicked', N);
    expect(trigger).toMatchObject({
      id: 'email-linkClicked-1',
      type: 'email.linkClicked',
      status: 'N',
      allowBackward: false,
    });
    expect(trigger.settings).toEqual(triggerDefinition('email.linkClicked').defaults);
  });

  it('makes a valid document node for every trigger type', () => {
    for (const type of TRIGGER_TYPES) {
      expect(triggerSchema.safeParse(createTrigger(DEFAULT_FLOW, type, N)).success, type).toBe(true);
    }
  });

  it('generates a webhook code from the id: stable, valid, and different per trigger', () => {
    const flow = emptyFlow();
    const first = createTrigger(flow, 'webhook', N);
    expect(first.settings.code).toMatch(/^[a-z0-9]{12}$/);
    expect(createTrigger(flow, 'webhook', N).settings.code).toBe(first.settings.code);
    expect(isUnconfigured(first)).toBe(false);

    const added = applyCommand(flow, { type: 'trigger.add', trigger: first });
    if (!added.ok) throw new Error(added.reason);
    const second = createTrigger(added.flow, 'webhook', N);
    expect(second.id).toBe('webhook-2');
    expect(second.settings.code).not.toBe(first.settings.code);
  });

  it('avoids a code another webhook of the flow already uses', () => {
    const flow = emptyFlow();
    const wanted = webhookCode(flow, 'webhook-1');
    const holder = { ...createTrigger(flow, 'webhook', N), id: 'hook' as never, settings: { code: wanted } };
    const taken = { ...flow, triggers: [holder] };
    expect(webhookCode(taken, 'webhook-1')).not.toBe(wanted);
  });
});

describe('isUnconfigured', () => {
  it('flags a new robot whose required settings are still empty, and names them', () => {
    const email = createRobot(emptyFlow(), 'email.send', N);
    expect(isUnconfigured(email)).toBe(true);
    expect(missingSettings(email)).toEqual(['subject', 'body']);
    const filled = { ...email, settings: { ...email.settings, subject: 'Hi', body: 'Thanks' } };
    expect(isUnconfigured(filled)).toBe(false);
  });

  it('treats blank text and empty lists as missing', () => {
    const notify = createRobot(emptyFlow(), 'employee.notify', N);
    const blank = { ...notify, settings: { ...notify.settings, recipients: [], message: '   ' } };
    expect(missingSettings(blank)).toEqual(['recipients', 'message']);
  });

  it('is false for types with nothing to configure', () => {
    expect(isUnconfigured(createRobot(emptyFlow(), 'order.pay', N))).toBe(false);
    expect(isUnconfigured(createTrigger(emptyFlow(), 'payment.received', N))).toBe(false);
  });

  it('honours visibleWhen: the robocall text counts only in text mode, the link only in audio mode', () => {
    const call = createRobot(emptyFlow(), 'call.robocall', N);
    const textMode = { ...call, settings: { ...call.settings, from: 'num-1', mode: 'text', text: '' } };
    expect(missingSettings(textMode)).toEqual(['text']);
    const audioMode = { ...textMode, settings: { ...textMode.settings, mode: 'audio' } };
    expect(missingSettings(audioMode)).toEqual(['audioUrl']);
    const done = { ...audioMode, settings: { ...audioMode.settings, audioUrl: 'https://x.test/a.mp3' } };
    expect(isUnconfigured(done)).toBe(false);
  });

  it('agrees with lint: a new node is unconfigured exactly when lint reports OF101 on it', () => {
    for (const type of ROBOT_TYPES) {
      const flow = withRobot(emptyFlow(), type);
      const missing = lintFlow(flow).some((p) => p.code === 'OF101');
      expect(isUnconfigured(flow.robots[0]!), type).toBe(missing);
    }
    for (const type of TRIGGER_TYPES) {
      const flow = { ...emptyFlow(), triggers: [createTrigger(emptyFlow(), type, N)] };
      const missing = lintFlow(flow).some((p) => p.code === 'OF101');
      expect(isUnconfigured(flow.triggers[0]!), type).toBe(missing);
    }
  });
});
