/**
 * The lint codes: stable identifiers a user can search for, each with its severity and a help text.
 * Severity follows SPEC §6: an error makes the design impossible to run as drawn; a warning is
 * suspicious or unused; an info is a hint. Codes are never reused for a different meaning.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface CodeInfo {
  severity: Severity;
  title: string;
  help: string;
}

export const LINT_CODES = {
  OF101: {
    severity: 'error',
    title: 'Required setting missing',
    help: 'A setting the robot or trigger cannot work without is empty. Settings shown only in some modes (e.g. the robocall text in text mode) are required only then.',
  },
  OF102: {
    severity: 'error',
    title: 'Invalid setting',
    help: 'A setting has a value of the wrong kind or outside its allowed values, as the robot or trigger type declares.',
  },
  OF103: {
    severity: 'error',
    title: 'Text over its limit',
    help: 'SMS and robocall texts may have at most 200 characters once the order values are inserted. Lint counts the literal text only (inserts excluded), so a text it accepts can still be too long for a long value.',
  },
  OF104: {
    severity: 'error',
    title: 'Audio link not usable',
    help: 'A robocall in audio mode plays a recording from a public http(s) link to an .mp3 file; local, private or non-mp3 links cannot be played.',
  },
  OF201: {
    severity: 'error',
    title: 'Unknown template field',
    help: 'A {{path}} insert names no field of the order (see the field catalog); it would always insert nothing.',
  },
  OF202: {
    severity: 'warning',
    title: 'Robot output used before it exists',
    help: '{{robots.ID.KEY}} reads the output of robot ID, which is only there when ID ran earlier in the same chain: ID must come before this robot through "after previous" edges of the same status.',
  },
  OF203: {
    severity: 'error',
    title: 'Unknown robot output',
    help: '{{robots.ID.KEY}} names a KEY that robot type does not output; it would always insert nothing.',
  },
  OF204: {
    severity: 'error',
    title: 'Unknown robot in template',
    help: '{{robots.ID.KEY}} names a robot id that does not exist in this flow.',
  },
  OF205: {
    severity: 'warning',
    title: 'Custom field not in the reference data',
    help: 'order.custom.NAME is used but the backend does not declare a custom field NAME; it may not exist in production.',
  },
  OF206: {
    severity: 'error',
    title: 'Unknown field to write',
    help: 'A robot that writes order fields (Edit order fields, Generate order number) names a field that does not exist; it would fail when it runs.',
  },
  OF301: {
    severity: 'error',
    title: '"After previous" across statuses',
    help: 'A robot can only run after a robot of its own status: the robots of a status start when the order enters it.',
  },
  OF302: {
    severity: 'error',
    title: '"After previous" robot missing',
    help: 'The robot is set to run after a robot that does not exist (it was deleted or renamed), so it would never run.',
  },
  OF303: {
    severity: 'error',
    title: '"After previous" cycle',
    help: 'Robots that wait for each other in a circle never run. Remove one of the edges.',
  },
  OF311: {
    severity: 'warning',
    title: 'Status cannot be reached',
    help: 'The status is not the first one, and no trigger and no robot of a reachable status moves the order there, so its robots never run.',
  },
  OF312: {
    severity: 'info',
    title: 'Empty status',
    help: 'The status has no robots and no triggers. That is fine for a resting stage; check it is intended.',
  },
  OF321: {
    severity: 'warning',
    title: 'Duplicate trigger',
    help: 'Two triggers of the same type with the same settings on one status: only the first can fire, the second is redundant.',
  },
  OF322: {
    severity: 'warning',
    title: 'Trigger can never fire',
    help: 'Triggers move an order forward only; a trigger on the first status can fire only when "allow moving back" is set.',
  },
  OF401: {
    severity: 'error',
    title: 'Cancel order to a non-failure status',
    help: 'Cancel order must move the order to a status with failure semantics (such as Canceled); the robot fails otherwise.',
  },
  OF402: {
    severity: 'error',
    title: 'Move to an unknown status',
    help: 'Change status or Cancel order names a status that is not in this flow.',
  },
  OF403: {
    severity: 'error',
    title: 'Attached to an unknown status',
    help: 'A robot or trigger belongs to a status that is not in this flow.',
  },
  OF501: {
    severity: 'error',
    title: 'Delay basis is not a date field',
    help: 'A delay before, after or at a date needs a date-and-time field of the order (such as order.dateInsert) as its basis.',
  },
  OF502: {
    severity: 'error',
    title: 'Condition on an unknown field',
    help: 'A condition checks a field the order does not have (or, in a shipment condition, a field that is not shipment.*).',
  },
  OF503: {
    severity: 'error',
    title: 'Condition value of the wrong type',
    help: 'The value compared does not fit the field (a number for a yes/no field, an unknown delivery status, a list where one value is expected), so the condition can never be true as intended.',
  },
  OF601: {
    severity: 'warning',
    title: 'Unknown reference id',
    help: 'A mailbox, number, SMS provider, employee, workflow, form, open channel, document template or voice id is not in the reference data of this installation.',
  },
  OF701: {
    severity: 'error',
    title: 'Duplicate id',
    help: 'Two statuses, or two robots/triggers, share an id; edges, moves and templates that use the id become ambiguous.',
  },
  OF801: {
    severity: 'warning',
    title: 'Parallel writes to one field',
    help: 'Two robots of one status that run at the same moment, neither after the other, write the same order field: which value stays depends only on their order on the canvas. Chain one after the other, or give them conditions that exclude each other.',
  },
  OF802: {
    severity: 'warning',
    title: 'Robot after a move never runs',
    help: 'A robot that moves the order (Change status, Cancel order) ends its chain: the order leaves the status, so a robot set to run after it, unconditionally, never runs. Run it in parallel or before the move.',
  },
  OF803: {
    severity: 'warning',
    title: 'Robot always cancelled by an immediate move',
    help: 'The status has a robot that moves the order on as soon as it enters, with no condition; robots of the status with a later run time are always cancelled when the order leaves, so they never run.',
  },
  OF804: {
    severity: 'warning',
    title: 'Automatic loop between statuses',
    help: 'Statuses whose immediate, unconditional moves send the order round a cycle with no event needed: every order that gets there goes round until the loop guard stops the run.',
  },
  OF805: {
    severity: 'warning',
    title: 'Condition can never hold',
    help: 'The condition contradicts itself (a number above one value and below a smaller one, a field equal to two values, a yes/no field both ways, …): the robot is always skipped, the trigger never fires.',
  },
  OF806: {
    severity: 'info',
    title: 'Condition always holds',
    help: 'The condition is true for every order (a field equal to a value or not equal to it, an empty "all" group, …), so it decides nothing; remove it or say what was meant.',
  },
  OF807: {
    severity: 'info',
    title: 'Move jumps over statuses',
    help: 'A move or a trigger takes the order past statuses whose robots then never run for it; check that skipping them is intended. Moves to a failure status (cancellation) are not reported.',
  },
  OF808: {
    severity: 'info',
    title: 'Message may reach the client at night',
    help: 'A delayed SMS, call or chat message that is not restricted to working hours may run outside 08:00–21:00 in the flow\'s time zone. Turn on "only during working hours".',
  },
  OF809: {
    severity: 'info',
    title: 'SMS sent in several parts',
    help: "With the sample order's values, the SMS needs more than one part (GSM-7: 160 characters, 153 per part when split; any other character makes it UCS-2: 70, 67 per part); each part is billed.",
  },
  OF810: {
    severity: 'info',
    title: 'Recipient may be missing',
    help: "The message goes to a contact point chosen by type (a MOBILE phone, a WORK email) or to the client's chat, which an order may lack, and no condition of the robot checks it: the robot then fails, as the simulator shows.",
  },
} as const satisfies Record<string, CodeInfo>;

export type LintCode = keyof typeof LINT_CODES;
