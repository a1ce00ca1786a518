import { robotDefinition } from '../domain/catalog';
import type { RobotType } from '../domain/types';
import { catalogFieldLabel, catalogIssueMessage } from './catalogFields';
import { englishTranslator } from './english';
import type { Translator } from './translator';

/*
 * The run's people texts at display time (docs/i18n.md, "Domain and engine text"). The timeline is a
 * machine format (docs/semantics.md §4–5, golden tests): a robot's failure and its output labels stay
 * English there. Screens read them through these functions, which map the catalog's English to a key
 * of the `engine` area (`engine.robot.error.noPhone`, `engine.output.to`) and name ids and paths.
 * A text no pattern knows is shown as it is.
 */

type Key = Parameters<Translator['t']>[0];

/** What a failure names besides its words: statuses, people and fields, as the designer shows them. */
export interface RunTextNames {
  status(id: string): string;
  /** An employee id, `responsible` or `supervisor`. */
  employee(id: string): string;
  field(path: string): string;
}

/** Plain failures of the catalog's robots (src/domain/catalog/robots) → their keys. */
const PLAIN_ERRORS: Readonly<Record<string, Key>> = {
  'Provider is not configured': 'engine.robot.error.providerNotConfigured',
  'No provider selected': 'engine.robot.error.noProvider',
  'Phone number is not specified': 'engine.robot.error.noPhone',
  'Origination number is not specified': 'engine.robot.error.noOrigination',
  'Client chat was not found': 'engine.robot.error.noChat',
  'Document template is not found': 'engine.robot.error.noDocumentTemplate',
  'The message sender is not specified': 'engine.robot.error.noSender',
  "Client's e-mail is not specified": 'engine.robot.error.noEmail',
  'Workflow is not found': 'engine.robot.error.noWorkflow',
};

/** Field types as the failure of a field write words them (`select` words in the messages). */
const TYPE_WORDS = new Set(['string', 'number', 'boolean', 'datetime', 'enum', 'phones', 'emails']);

type Pattern = (
  match: RegExpMatchArray,
  names: RunTextNames,
  translator: Translator,
  type: RobotType | undefined,
) => string;

const PATTERNS: readonly [RegExp, Pattern][] = [
  [
    /^Message text exceeds (\d+) characters$/,
    (m, _n, { t }) => t('engine.robot.error.textTooLong', { limit: Number(m[1]) }),
  ],
  [/^Unknown status "(.*)"$/s, (_m, _n, { t }) => t('engine.robot.error.unknownStatus')],
  [
    /^Status "(.*)" is not a failure status$/s,
    (m, names, { t }) => t('engine.robot.error.notFailureStatus', { status: names.status(m[1]!) }),
  ],
  [
    /^Recipient "(.*)" cannot be resolved$/s,
    (m, names, { t }) => t('engine.robot.error.recipient', { recipient: names.employee(m[1]!) }),
  ],
  [
    /^Unknown field "(.*)"$/s,
    (m, names, { t }) => t('engine.robot.error.unknownField', { field: names.field(m[1]!) }),
  ],
  [
    /^Value of "(.*)" is not a (\w+)$/s,
    (m, names, { t }) =>
      t('engine.robot.error.wrongType', {
        field: names.field(m[1]!),
        type: TYPE_WORDS.has(m[2]!) ? m[2]! : 'other',
      }),
  ],
  [
    /^Cannot schedule: (.*) is empty$/s,
    (m, names, { t }) => t('engine.robot.error.cannotSchedule', { field: names.field(m[1]!) }),
  ],
  [
    /^Setting "(.*)" is required$/s,
    (m, _n, translator, type) =>
      translator.t('engine.robot.error.settingRequired', { setting: settingLabel(m[1]!, type, translator) }),
  ],
  [
    /^Setting "([^"]*)": (.*)$/s,
    (m, _n, translator, type) =>
      translator.t('engine.robot.error.setting', {
        setting: settingLabel(m[1]!, type, translator),
        message: catalogIssueMessage(translator, m[2]!),
      }),
  ],
  [
    /^Invalid settings: (.*)$/s,
    (m, _n, translator) =>
      translator.t('engine.robot.error.invalidSettings', { message: catalogIssueMessage(translator, m[1]!) }),
  ],
  [
    /^Robot failed unexpectedly: (.*)$/s,
    (m, _n, { t }) => t('engine.robot.error.unexpected', { message: m[1]! }),
  ],
  [/^Robot type "(.*)" is not available$/s, (_m, _n, { t }) => t('engine.robot.error.unknownType')],
];

/** A setting named by its English label in a failure, in the translator's language. */
function settingLabel(label: string, type: RobotType | undefined, translator: Translator): string {
  if (type === undefined) return label;
  let fields;
  try {
    fields = robotDefinition(type)?.fields;
  } catch {
    return label;
  }
  const field = fields?.find((f) => f.label === label);
  return field ? catalogFieldLabel(translator, 'robot', type, field) : label;
}

/**
 * A robot's failure from the timeline ("Phone number is not specified", `Unknown field "order.x"`)
 * in the translator's language, with statuses, people and fields named as the designer names them.
 */
export function robotErrorText(
  error: string,
  names: RunTextNames,
  type: RobotType | undefined,
  translator: Translator = englishTranslator,
): string {
  const plain = PLAIN_ERRORS[error];
  if (plain) return translator.t(plain);
  for (const [pattern, text] of PATTERNS) {
    const match = error.match(pattern);
    if (match) return text(match, names, translator, type);
  }
  return error;
}

/** Output labels of the catalog's robots (`row('To', …)`) → their keys. */
const OUTPUT_LABELS: Readonly<Record<string, Key>> = {
  Assignee: 'engine.output.assignee',
  Body: 'engine.output.body',
  Chat: 'engine.output.chat',
  Code: 'engine.output.code',
  Comment: 'engine.output.comment',
  Deadline: 'engine.output.deadline',
  Document: 'engine.output.document',
  From: 'engine.output.from',
  Id: 'engine.output.id',
  Link: 'engine.output.link',
  Log: 'engine.output.log',
  'Moves to': 'engine.output.movesTo',
  Parameters: 'engine.output.parameters',
  Provider: 'engine.output.provider',
  Reason: 'engine.output.reason',
  Responsible: 'engine.output.responsible',
  Says: 'engine.output.says',
  'Seen by': 'engine.output.seenBy',
  Subject: 'engine.output.subject',
  Task: 'engine.output.task',
  Text: 'engine.output.text',
  To: 'engine.output.to',
  Workflow: 'engine.output.workflow',
};

/** Output values the catalog words itself (the rest are the run's data). */
const OUTPUT_VALUES: Readonly<Record<string, Key>> = {
  'The client and colleagues': 'engine.output.seenBy.all',
  'Colleagues only (hidden message)': 'engine.output.seenBy.colleagues',
};

/**
 * An output row's label in the translator's language: "To" / «Кому», "Notified 2" / «Получатель 2».
 * A label that is a field path (the order update's rows) reads as the field's label.
 */
export function outputLabelText(
  label: string,
  names: Pick<RunTextNames, 'field'>,
  translator: Translator = englishTranslator,
): string {
  const key = OUTPUT_LABELS[label];
  if (key) return translator.t(key);
  const numbered = label.match(/^(Notified|Message) (\d+)$/);
  if (numbered)
    return translator.t(numbered[1] === 'Notified' ? 'engine.output.notified' : 'engine.output.message', {
      n: Number(numbered[2]),
    });
  if (/^(order|contact|company)\.[\w.]+$/.test(label)) return names.field(label);
  return label;
}

/** An output value the catalog words itself, translated; any other value as it is. */
export function outputValueText(value: string, translator: Translator = englishTranslator): string {
  const key = OUTPUT_VALUES[value];
  return key ? translator.t(key) : value;
}

/** Why a run or a resumed run could not start (src/engine/interpreter.ts, snapshot.ts) → keys. */
const RUN_ERRORS: readonly [RegExp, Key][] = [
  [/^Unknown start status "(.*)"$/s, 'engine.run.error.startStatus'],
  [/^Invalid start instant$/, 'engine.run.error.startAt'],
  [/^Not a run snapshot of version 1$/, 'engine.run.error.snapshotVersion'],
  [/^The snapshot is of flow "(.*)", not "(.*)"$/s, 'engine.run.error.snapshotFlow'],
  [
    /^The snapshot's queue names robot "(.*)", which the flow does not have$/s,
    'engine.run.error.snapshotRobot',
  ],
];

/**
 * Why a run could not start ("Unknown start status "Q"") in the translator's language, without the
 * ids a person cannot act on; a message no pattern knows (an unexpected error) is shown as it is.
 */
export function runErrorText(message: string, translator: Translator = englishTranslator): string {
  const known = RUN_ERRORS.find(([pattern]) => pattern.test(message));
  return known ? translator.t(known[1]) : message;
}
