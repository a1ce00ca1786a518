import type { Flow } from '../domain/flow';
import { namer } from '../domain/naming';
import type { Translator } from '../i18n/translator';

/** How messages about a run name the parts of a flow: `"Canceled" (D)` in the CLI, `"Canceled"` for people. */
export interface FlowNames {
  readonly ids: boolean;
  robot(id: string): string;
  status(id: string): string;
  trigger(id: string): string;
  hasRobot(id: string): boolean;
  hasStatus(id: string): boolean;
}

/**
 * The design's one namer (domain/naming.ts) in the straight quotes of the CLI's lines and of the
 * shared conformance examples: `robot "Create a task" (task) is done`.
 */
export function flowNames(flow: Flow, ids: boolean, translator?: Translator): FlowNames {
  const names = namer(flow, undefined, translator ? { t: translator } : {});
  // With a translator (the browser in a language), quotes and missing names are the language's:
  // «Отменён», "удалённый робот"; without one, the CLI's and the conformance examples' English.
  const quote = (text: string) => (translator ? translator.t('engine.names.quoted', { text }) : `"${text}"`);
  const missingText = (key: 'Robot' | 'Status' | 'Trigger') =>
    translator ? translator.t(`catalog.names.deleted${key}`) : `a deleted ${key.toLowerCase()}`;
  const quoted = (known: boolean, text: string, id: string, missing: 'Robot' | 'Status' | 'Trigger') => {
    if (!known) return ids ? quote(id) : missingText(missing);
    return ids ? `${quote(text)} (${id})` : quote(text);
  };
  return {
    ids,
    robot: (id) => quoted(names.hasRobot(id), names.robot(id, false), id, 'Robot'),
    status: (id) => quoted(names.hasStatus(id), names.status(id), id, 'Status'),
    trigger: (id) => quoted(names.hasTrigger(id), names.trigger(id, false), id, 'Trigger'),
    hasRobot: (id) => names.hasRobot(id),
    hasStatus: (id) => names.hasStatus(id),
  };
}
