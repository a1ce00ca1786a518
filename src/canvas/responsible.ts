import { robotDefinition } from '../domain/catalog';
import type { PeopleDeclaration } from '../domain/catalog';
import type { Robot } from '../domain/flow';
import type { Employee } from '../domain/scenario';

/** Who a robot involves, as the card says it: "Assignee: Maria Lopez". */
export interface ResponsibleLine {
  /** "Assignee", "To" or "Responsible". */
  role: PeopleDeclaration['role'];
  /** Names, in the order of the settings. */
  names: string[];
}

const SPECIAL: Record<string, string> = {
  responsible: 'Responsible person',
  supervisor: "Responsible person's supervisor",
};

function nameOf(ref: string, employees: readonly Employee[]): string {
  if (SPECIAL[ref]) return SPECIAL[ref];
  return employees.find((e) => e.id === ref)?.name ?? `${ref} (unknown employee)`;
}

/**
 * The person a robot is about, as its type declares (`people`): the task's assignee, the
 * notification's recipients, the new responsible employee. Names come from the reference data;
 * undefined when the robot has no one (its type involves no one, or the setting is still empty).
 */
export function responsibleLine(robot: Robot, employees: readonly Employee[]): ResponsibleLine | undefined {
  const people = robotDefinition(robot.type).people(robot.settings);
  return people ? { role: people.role, names: people.refs.map((r) => nameOf(r, employees)) } : undefined;
}
