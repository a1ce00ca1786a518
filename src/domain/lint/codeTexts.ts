import type { LintCode } from './codes';

/*
 * The English title and help of every lint code: the source of the generated diagnostics table
 * (README, `orderflow codes --json`) and the fallback of lintTitle/lintHelp. Screens read them in
 * their language through codeText.ts; this module stays out of the first load.
 */
export const LINT_CODE_TEXTS: Readonly<Record<LintCode, { title: string; help: string }>> = {
  OF101: {
    title: 'Required setting missing',
    help: 'A setting the robot or trigger cannot work without is empty. Settings shown only in some modes (e.g. the robocall text in text mode) are required only then.',
  },
  OF102: {
    title: 'Invalid setting',
    help: 'A setting has a value of the wrong kind or outside its allowed values, as the robot or trigger type declares.',
  },
  OF103: {
    title: 'Text over its limit',
    help: 'SMS and robocall texts may have at most 200 characters once the order values are inserted. Lint counts the literal text only (inserts excluded), so a text it accepts can still be too long for a long value.',
  },
  OF104: {
    title: 'Audio link not usable',
    help: 'A robocall in audio mode plays a recording from a public http(s) link to an .mp3 file; local, private or non-mp3 links cannot be played.',
  },
  OF201: {
    title: 'Unknown template field',
    help: 'A {{path}} insert names no field of the order (see the field catalog); it would always insert nothing.',
  },
  OF202: {
    title: 'Robot output used before it exists',
    help: '{{robots.ID.KEY}} reads the output of robot ID, which is only there when ID ran earlier in the same chain: ID must come before this robot through "after previous" edges of the same status.',
  },
  OF203: {
    title: 'Unknown robot output',
    help: '{{robots.ID.KEY}} names a KEY that robot type does not output; it would always insert nothing.',
  },
  OF204: {
    title: 'Unknown robot in template',
    help: '{{robots.ID.KEY}} names a robot id that does not exist in this flow.',
  },
  OF205: {
    title: 'Custom field not in the reference data',
    help: 'order.custom.NAME is used but the backend does not declare a custom field NAME; it may not exist in production.',
  },
  OF206: {
    title: 'Unknown field to write',
    help: 'A robot that writes order fields (Edit order fields, Generate order number) names a field that does not exist; it would fail when it runs.',
  },
  OF301: {
    title: '"After previous" across statuses',
    help: 'A robot can only run after a robot of its own status: the robots of a status start when the order enters it.',
  },
  OF302: {
    title: '"After previous" robot missing',
    help: 'The robot is set to run after a robot that does not exist (it was deleted or renamed), so it would never run.',
  },
  OF303: {
    title: '"After previous" cycle',
    help: 'Robots that wait for each other in a circle never run. Remove one of the edges.',
  },
  OF311: {
    title: 'Status cannot be reached',
    help: 'The status is not the first one, and no trigger and no robot of a reachable status moves the order there, so its robots never run.',
  },
  OF312: {
    title: 'Empty status',
    help: 'The status has no robots and no triggers. That is fine for a resting stage; check it is intended.',
  },
  OF313: {
    title: 'Two statuses with one name',
    help: 'Two statuses are called the same (case and spacing ignored), so a person cannot tell them apart on the board, in a move or in the log. Rename one of them.',
  },
  OF321: {
    title: 'Duplicate trigger',
    help: 'Two triggers on one status react to the same event with the same settings, and the first has the same condition (or none) and allows moving back whenever the second does: the first is always tried first and fires, so the second can never fire.',
  },
  OF322: {
    title: 'Trigger can never fire',
    help: 'Triggers move an order forward only; a trigger on the first status can fire only when "allow moving back" is set.',
  },
  OF401: {
    title: 'Cancel order to a non-failure status',
    help: 'Cancel order must move the order to a status with failure semantics (such as Canceled); the robot fails otherwise.',
  },
  OF402: {
    title: 'Move to an unknown status',
    help: 'Change status or Cancel order names a status that is not in this flow.',
  },
  OF403: {
    title: 'Attached to an unknown status',
    help: 'A robot or trigger belongs to a status that is not in this flow.',
  },
  OF501: {
    title: 'Delay basis is not a date field',
    help: 'A delay before, after or at a date needs a date-and-time field of the order (such as order.dateInsert) as its basis.',
  },
  OF502: {
    title: 'Condition on an unknown field',
    help: 'A condition checks a field the order does not have (or, in a shipment condition, a field that is not shipment.*).',
  },
  OF503: {
    title: 'Condition value of the wrong type',
    help: 'The value compared does not fit the field (a number for a yes/no field, an unknown delivery status, a list where one value is expected), so the condition can never be true as intended.',
  },
  OF504: {
    title: 'Incomplete condition',
    help: 'A condition row has no field chosen, or its operator compares with a value that is not filled in. The row cannot be checked as meant, so the robot or trigger would silently never (or always) apply.',
  },
  OF601: {
    title: 'Unknown reference id',
    help: 'A mailbox, number, SMS provider, employee, workflow, form, open channel, document template or voice id is not in the reference data of this installation.',
  },
  OF701: {
    title: 'Duplicate id',
    help: 'Two statuses, or two robots/triggers, share an id; edges, moves and templates that use the id become ambiguous.',
  },
  OF801: {
    title: 'Parallel writes to one field',
    help: 'Two robots of one status, neither after the other, run at the same moment and write the same order field: which value stays depends on their order on the canvas.',
  },
  OF802: {
    title: 'Robot after a move never runs',
    help: 'A robot that moves the order ends its chain, so a robot after an unconditional move never runs.',
  },
  OF803: {
    title: 'Robot always cancelled by an immediate move',
    help: 'An immediate, unconditional move takes the order out of the status at once: its robots that wait are always cancelled.',
  },
  OF804: {
    title: 'Automatic loop between statuses',
    help: 'Immediate, unconditional moves send the order round a cycle until the loop guard ends the run.',
  },
  OF805: {
    title: 'Condition can never hold',
    help: 'The condition contradicts itself (e.g. above 500 and below 100): the robot is always skipped, the trigger never fires.',
  },
  OF806: {
    title: 'Condition always holds',
    help: 'The condition is true for every order (e.g. equal or not equal to a value), so it decides nothing.',
  },
  OF807: {
    title: 'Move jumps over statuses',
    help: 'A move or trigger takes the order past statuses whose robots then do not run (moves to a failure status are not reported).',
  },
  OF808: {
    title: 'Message may reach the client at night',
    help: 'A delayed SMS, call or chat message not kept to working hours may reach the client outside 08:00–21:00.',
  },
  OF809: {
    title: 'SMS sent in several parts',
    help: `With the sample order's values the SMS needs several billed parts (GSM-7: 160, then 153 each; UCS-2: 70, then 67).`,
  },
  OF810: {
    title: 'Recipient may be missing',
    help: 'The message goes to a typed phone or email, or the chat, which an order may lack, and no condition checks it: the robot then fails.',
  },
};
