import { describe, expect, it } from 'vitest';
import { ROBOT_DEFINITIONS } from '../../../src/domain/catalog';
import type { RobotType } from '../../../src/domain/types';
import { fakeContext } from './fakeContext';
import { SUMMARY } from './summaryContext';

/**
 * Per robot type: what a user fills in on top of the palette's draft, one bad value with the message
 * the form should show, and the card summary of the draft and of the filled settings.
 */
interface Case {
  fill: Record<string, unknown>;
  bad: { settings: Record<string, unknown>; path: string; message: string };
  draftSummary: string;
  filledSummary: string;
}

const CASES: Record<RobotType, Case> = {
  'order.update': {
    fill: { fields: [{ field: 'order.price', value: '{{order.price}}5' }] },
    bad: { settings: { fields: [] }, path: 'fields', message: 'Add at least one field to change' },
    draftSummary: 'No fields chosen yet',
    filledSummary: 'Set Order amount',
  },
  'workflow.run': {
    fill: { workflowId: 'wf-loyalty', parameters: { points: '{{order.price}}' } },
    bad: { settings: { workflowId: '' }, path: 'workflowId', message: 'Choose the workflow to run' },
    draftSummary: 'No workflow chosen yet',
    filledSummary: 'Run workflow Add loyalty points with 1 parameter',
  },
  'task.create': {
    fill: { title: 'Pack {{order.accountNumber}}', deadline: { value: 1, unit: 'days' } },
    bad: {
      settings: { title: 'x', deadline: { value: -1, unit: 'days' } },
      path: 'deadline.value',
      message: '',
    },
    draftSummary: 'Task for the responsible person',
    filledSummary: 'Task “Pack ‹Order number›” for the responsible person, due in 1 day',
  },
  'employee.notify': {
    fill: { message: 'Check {{order.id}}' },
    bad: {
      settings: { recipients: [], message: 'x' },
      path: 'recipients',
      message: 'Choose at least one recipient',
    },
    draftSummary: 'Notify the responsible person: no message yet',
    filledSummary: 'Notify the responsible person: “Check ‹Order ID›”',
  },
  'order.comment': {
    fill: { text: 'Called the client' },
    bad: { settings: { text: '' }, path: 'text', message: 'Enter the comment' },
    draftSummary: 'No comment yet',
    filledSummary: 'Comment “Called the client”',
  },
  'order.responsible': {
    fill: { employeeId: 'e3' },
    bad: { settings: {}, path: 'employeeId', message: 'Choose the new responsible person' },
    draftSummary: 'No employee chosen yet',
    filledSummary: 'Make Aiko Tanaka responsible',
  },
  'order.status': {
    fill: { statusId: 'P' },
    bad: { settings: { statusId: '' }, path: 'statusId', message: 'Choose the target status' },
    draftSummary: 'No status chosen yet',
    filledSummary: 'Move to Paid, preparing for shipment',
  },
  'order.pay': {
    fill: {},
    bad: { settings: [] as unknown as Record<string, unknown>, path: '', message: '' },
    draftSummary: 'Mark the order as paid',
    filledSummary: 'Mark the order as paid',
  },
  'order.allowDelivery': {
    fill: {},
    bad: { settings: 'yes' as unknown as Record<string, unknown>, path: '', message: '' },
    draftSummary: 'Allow delivery of the order',
    filledSummary: 'Allow delivery of the order',
  },
  'order.ship': {
    fill: {},
    bad: { settings: null as unknown as Record<string, unknown>, path: '', message: '' },
    draftSummary: 'Mark the order as shipped',
    filledSummary: 'Mark the order as shipped',
  },
  'order.cancel': {
    fill: { statusId: 'D', reason: 'Not paid in time' },
    bad: { settings: { reason: 'x' }, path: 'statusId', message: 'Choose the failure status to move to' },
    draftSummary: 'Cancel (no status chosen yet)',
    filledSummary: 'Cancel → Canceled: “Not paid in time”',
  },
  'code.generate': {
    fill: {},
    bad: { settings: { pattern: '' }, path: 'pattern', message: 'Enter the number pattern' },
    draftSummary: 'ORD-{yyyy}-{seq:5} → Order number',
    filledSummary: 'ORD-{yyyy}-{seq:5} → Order number',
  },
  'log.write': {
    fill: { text: 'Reached {{order.id}}' },
    bad: { settings: { text: '' }, path: 'text', message: 'Enter the text to write' },
    draftSummary: 'No text yet',
    filledSummary: '“Reached ‹Order ID›”',
  },
  'document.create': {
    fill: { templateId: 'doc-invoice', publicLink: true },
    bad: { settings: { templateId: '' }, path: 'templateId', message: 'Choose the document template' },
    draftSummary: 'No template chosen yet',
    filledSummary: 'Create document Invoice with a public link',
  },
  'email.send': {
    fill: { subject: 'Order {{order.accountNumber}}', body: 'Hello' },
    bad: {
      settings: { subject: 'a', body: 'b', addressType: 'FAX' },
      path: 'addressType',
      message: 'email type',
    },
    draftSummary: 'Email to client: no subject yet',
    filledSummary: 'Email to client: “Order ‹Order number›”',
  },
  'sms.send': {
    fill: { text: 'Order {{order.accountNumber}} accepted', phoneType: 'MOBILE' },
    bad: {
      settings: { text: 'x', recipient: 'employee' },
      path: 'employeeId',
      message: 'Choose the employee to send the SMS to',
    },
    draftSummary: 'SMS to client: no text yet',
    filledSummary: 'SMS to mobile: “Order ‹Order number› accepted”',
  },
  'call.robocall': {
    fill: { from: 'num-main', text: 'Your order is on its way' },
    bad: {
      settings: { from: 'num-main', mode: 'audio' },
      path: 'audioUrl',
      message: 'Enter the link to the .mp3',
    },
    draftSummary: 'Call client: no text yet',
    filledSummary: 'Call client: “Your order is on its way”',
  },
  'chat.send': {
    fill: { text: 'Thanks!', whisper: true },
    bad: { settings: { text: 'x', whisper: 'yes' }, path: 'whisper', message: '' },
    draftSummary: 'Chat message: no text yet',
    filledSummary: 'Hidden chat message: “Thanks!”',
  },
};

describe.each(Object.entries(CASES) as [RobotType, Case][])('%s settings', (type, c) => {
  const def = ROBOT_DEFINITIONS[type];
  const filled = { ...def.defaults, ...c.fill };

  it('accepts its defaults once the required settings are filled', () => {
    const result = def.settingsSchema.safeParse(filled);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('rejects a bad value with a message at its path', () => {
    const result = def.settingsSchema.safeParse(c.bad.settings);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(c.bad.path);
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message).toContain(c.bad.message);
  });

  // Only types with a required setting register this test (the list is asserted non-empty below).
  const required = def.fields.filter((f) => f.required);
  if (required.length > 0)
    it('reports each setting its form marks required as missing when it is removed', () => {
      for (const field of required) {
        const { [field.key]: _removed, ...rest } = filled;
        // A field shown only in one mode is required in that mode: keep the mode that shows it.
        const settings = field.visibleWhen
          ? { ...rest, [field.visibleWhen.key]: field.visibleWhen.equals }
          : rest;
        const paths = def.settingsSchema.safeParse(settings).error?.issues.map((i) => i.path.join('.'));
        expect(paths, field.key).toContain(field.key);
      }
    });

  it('runs its effect on the half-filled palette draft without throwing, deterministically', () => {
    const first = def.effect(def.defaults, fakeContext());
    expect(first.ok === true || first.error.length > 0).toBe(true);
    expect(def.effect(def.defaults, fakeContext())).toEqual(first);
  });

  it('summarises the draft and the filled settings for the card', () => {
    expect(def.summary(def.defaults, SUMMARY)).toBe(c.draftSummary);
    expect(def.summary(filled, SUMMARY)).toBe(c.filledSummary);
  });
});

it('some robot types declare required settings, so the check above runs', () => {
  const types = Object.keys(CASES) as RobotType[];
  expect(types.filter((t) => ROBOT_DEFINITIONS[t].fields.some((f) => f.required)).length).toBeGreaterThan(0);
});

describe('robot settings details', () => {
  const required = (type: RobotType) =>
    ROBOT_DEFINITIONS[type].fields.filter((f) => f.required && !f.visibleWhen).map((f) => f.key);

  it('refuses the palette draft of a robot with required settings', () => {
    for (const type of Object.keys(CASES) as RobotType[]) {
      const def = ROBOT_DEFINITIONS[type];
      const draftOk = def.settingsSchema.safeParse(def.defaults).success;
      // code.generate's draft carries a usable pattern; the others leave their required texts empty.
      const expectedOk = type === 'code.generate' || required(type).length === 0;
      expect(draftOk, type).toBe(expectedOk);
    }
  });

  it('requires the robocall text only in text mode and the audio link only in audio mode', () => {
    const schema = ROBOT_DEFINITIONS['call.robocall'].settingsSchema;
    expect(schema.safeParse({ from: 'n', mode: 'audio', audioUrl: 'https://x.example/a.mp3' }).success).toBe(
      true,
    );
    const textless = schema.safeParse({ from: 'n', mode: 'text' });
    expect(textless.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['text', 'Enter the text the robot reads'],
    ]);
  });

  it('declares the 200-character limit on SMS and robocall texts for lint to check after rendering', () => {
    const limit = (type: RobotType) =>
      ROBOT_DEFINITIONS[type].fields.find((f) => f.key === 'text')?.maxLength;
    expect(limit('sms.send')).toBe(200);
    expect(limit('call.robocall')).toBe(200);
    // The schema must not judge the raw template: `{{order.id}}` is short before rendering and long after.
    const long = 'x'.repeat(250);
    expect(ROBOT_DEFINITIONS['sms.send'].settingsSchema.safeParse({ text: long }).success).toBe(true);
  });

  it('offers Auto select and the reference lists where the semantics name them', () => {
    const field = (type: RobotType, key: string) =>
      ROBOT_DEFINITIONS[type].fields.find((f) => f.key === key)!;
    expect(field('email.send', 'from')).toMatchObject({
      reference: 'mailboxes',
      options: [{ value: 'auto', label: 'Auto select' }],
    });
    expect(field('sms.send', 'provider')).toMatchObject({
      reference: 'smsProviders',
      options: [{ value: 'default' }],
    });
    expect(field('sms.send', 'employeeId').visibleWhen).toEqual({ key: 'recipient', equals: 'employee' });
    expect(field('call.robocall', 'from').reference).toBe('numbers');
    expect(field('call.robocall', 'voice')).toMatchObject({
      reference: 'voices',
      visibleWhen: { key: 'mode', equals: 'text' },
    });
    expect(field('call.robocall', 'audioUrl').visibleWhen).toEqual({ key: 'mode', equals: 'audio' });
    expect(field('order.status', 'statusId').reference).toBe('statuses');
    expect(field('order.cancel', 'statusId').reference).toBe('statuses');
    expect(field('workflow.run', 'workflowId').reference).toBe('workflows');
    expect(field('document.create', 'templateId').reference).toBe('documentTemplates');
    expect(field('order.responsible', 'employeeId').reference).toBe('employees');
    expect(field('employee.notify', 'recipients').options?.map((o) => o.value)).toEqual([
      'responsible',
      'supervisor',
    ]);
  });

  it('cuts long texts on the card to one short line, inserts read as their field', () => {
    const summary = ROBOT_DEFINITIONS['sms.send'].summary(
      {
        text: `Order {{order.accountNumber}} is accepted and will ship soon, thank you\nsecond line`,
        phoneType: 'MOBILE',
      },
      SUMMARY,
    );
    expect(summary).toBe('SMS to mobile: “Order ‹Order number› is accepted and will ship …”');
  });
});
