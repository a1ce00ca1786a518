import type { Robot } from '../domain/flow';
import type { Employee } from '../domain/scenario';

/** Who a robot involves, as the card says it: "Assignee: Maria Lopez". */
export interface ResponsibleLine {
  /** "Assignee", "To" or "Responsible". */
  role: string;
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

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * The person a robot is about, where its type has one: the task's assignee, the notification's
 * recipients, the new responsible employee. Names come from the reference data; undefined when the
 * robot has no one (other types, or the setting is still empty).
 */
export function responsibleLine(robot: Robot, employees: readonly Employee[]): ResponsibleLine | undefined {
  const s = robot.settings;
  switch (robot.type) {
    case 'task.create': {
      const ref = text(s.assignee);
      return ref ? { role: 'Assignee', names: [nameOf(ref, employees)] } : undefined;
    }
    case 'employee.notify': {
      const refs = Array.isArray(s.recipients) ? s.recipients.map(text).filter((r) => r !== undefined) : [];
      return refs.length > 0 ? { role: 'To', names: refs.map((r) => nameOf(r, employees)) } : undefined;
    }
    case 'order.responsible': {
      const ref = text(s.employeeId);
      return ref ? { role: 'Responsible', names: [nameOf(ref, employees)] } : undefined;
    }
    default:
      return undefined;
  }
}
