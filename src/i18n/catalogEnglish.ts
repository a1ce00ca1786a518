import { PALETTE_GROUP_TITLES } from '../domain/catalog/types';
import { ROBOT_DEFINITIONS } from '../domain/catalog/robots';
import { TRIGGER_DEFINITIONS } from '../domain/catalog/triggers';

/** Every catalog text under its key, in English: what each other language must translate. */
export function catalogEnglishTexts(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const def of Object.values(ROBOT_DEFINITIONS)) {
    texts[`robot.${def.type}.title`] = def.title;
    texts[`robot.${def.type}.description`] = def.description;
  }
  for (const def of Object.values(TRIGGER_DEFINITIONS)) {
    texts[`trigger.${def.type}.title`] = def.title;
    texts[`trigger.${def.type}.description`] = def.description;
  }
  for (const [group, title] of Object.entries(PALETTE_GROUP_TITLES)) texts[`palette.group.${group}`] = title;
  return texts;
}
