import type { PaletteGroup } from '../domain/catalog/types';
import type { RobotType, TriggerType } from '../domain/types';
import type { Translator } from './translator';
import type { MessageKey } from './messageTypes';

/**
 * The catalog's declarations stay in English (they are the CLI's and the documents' words); people
 * read them through keys derived from the type (docs/i18n.md, "Catalog texts"): `robot.sms.send.title`,
 * `trigger.payment.received.description`, `palette.group.order`. The completeness test checks that
 * every type of the catalog has both keys in every language.
 */
export type CatalogKind = 'robot' | 'trigger';

export function catalogTitleKey(kind: CatalogKind, type: RobotType | TriggerType): MessageKey {
  return `${kind}.${type}.title` as MessageKey;
}

export function catalogDescriptionKey(kind: CatalogKind, type: RobotType | TriggerType): MessageKey {
  return `${kind}.${type}.description` as MessageKey;
}

export function catalogTitle(t: Translator, kind: CatalogKind, type: RobotType | TriggerType): string {
  return t.t(catalogTitleKey(kind, type));
}

export function catalogDescription(
  t: Translator,
  kind: CatalogKind,
  type: RobotType | TriggerType,
): string {
  return t.t(catalogDescriptionKey(kind, type));
}

export function paletteGroupTitle(t: Translator, group: PaletteGroup): string {
  return t.t(`palette.group.${group}` as MessageKey);
}
