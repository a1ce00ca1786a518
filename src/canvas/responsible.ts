import { robotDefinition } from '../domain/catalog';
import type { PeopleDeclaration } from '../domain/catalog';
import type { Robot } from '../domain/flow';
import type { Employee } from '../domain/scenario';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/** Who a robot involves, as the card says it: "Assignee: Maria Lopez". */
export interface ResponsibleLine {
  /** "Assignee", "To" or "Responsible". */
  role: PeopleDeclaration['role'];
  /** Names, in the order of the settings. */
  names: string[];
}

function nameOf(ref: string, employees: readonly Employee[], { t }: Translator): string {
  if (ref === 'responsible') return t('canvas.person.responsible');
  if (ref === 'supervisor') return t('canvas.person.supervisor');
  // A reference the employee list no longer has: said so, without showing the bare id.
  return employees.find((e) => e.id === ref)?.name ?? t('canvas.person.unknown');
}

/** "Assignee", "To", "Responsible" in the reader's language. */
export function personRoleText(
  role: PeopleDeclaration['role'],
  { t }: Translator = englishTranslator,
): string {
  return t('canvas.person.role', { role });
}

/**
 * The person a robot is about, as its type declares (`people`): the task's assignee, the
 * notification's recipients, the new responsible employee. Names come from the reference data;
 * undefined when the robot has no one (its type involves no one, or the setting is still empty).
 */
export function responsibleLine(
  robot: Robot,
  employees: readonly Employee[],
  tr: Translator = englishTranslator,
): ResponsibleLine | undefined {
  const people = robotDefinition(robot.type).people(robot.settings);
  return people ? { role: people.role, names: people.refs.map((r) => nameOf(r, employees, tr)) } : undefined;
}
