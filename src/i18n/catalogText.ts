import { PALETTE_GROUP_TITLES } from '../domain/catalog/types';
import type { PaletteGroup } from '../domain/catalog/types';
import { ROBOT_DEFINITIONS } from '../domain/catalog/robots';
import { TRIGGER_DEFINITIONS } from '../domain/catalog/triggers';
import type { RobotType, TriggerType } from '../domain/types';
import type { Translator } from './translator';

/**
 * The catalog's declarations are the English source of their own texts (the CLI, documents and
 * English screens read them as they are, and they are not repeated in en.json); other languages
 * translate them under keys derived from the type (docs/i18n.md, "Catalog texts"):
 * `robot.sms.send.title`, `trigger.payment.received.description`, `palette.group.order`. The
 * completeness test checks that every language has every one of these keys.
 */
export type CatalogKind = 'robot' | 'trigger';

type Key = Parameters<Translator['t']>[0];

function definitionOf(kind: CatalogKind, type: RobotType | TriggerType) {
  return kind === 'robot' ? ROBOT_DEFINITIONS[type as RobotType] : TRIGGER_DEFINITIONS[type as TriggerType];
}

/** Reads `key` in the translator's language, or the catalog's own English when it has none. */
function catalogText(t: Translator, key: string, english: string): string {
  return t.has(key) ? t.t(key as Key) : english;
}

export function catalogTitle(t: Translator, kind: CatalogKind, type: RobotType | TriggerType): string {
  return catalogText(t, `${kind}.${type}.title`, definitionOf(kind, type).title);
}

export function catalogDescription(t: Translator, kind: CatalogKind, type: RobotType | TriggerType): string {
  return catalogText(t, `${kind}.${type}.description`, definitionOf(kind, type).description);
}

export function paletteGroupTitle(t: Translator, group: PaletteGroup): string {
  return catalogText(t, `palette.group.${group}`, PALETTE_GROUP_TITLES[group]);
}
