import type { Command } from '../domain/commands';

/**
 * The squash key of an edit made by typing or picking in a form: the same field(s) of the same node.
 * Consecutive edits with one key become one undo step (see DispatchOptions.merge); moving to another
 * field, node or command starts a new step. Structural commands (add, delete, move, connect) have no
 * key: each is its own step.
 */
export function editMergeKey(command: Command): string | undefined {
  switch (command.type) {
    case 'robot.update':
    case 'trigger.update':
    case 'status.update':
      return `${command.type}:${command.id}:${Object.keys(command.changes).sort().join(',')}`;
    case 'flow.rename':
      return command.type;
    case 'flow.settings':
      return `${command.type}:${Object.keys(command.changes).sort().join(',')}`;
    case 'robot.add':
    case 'robot.delete':
    case 'robot.move':
    case 'robot.place':
    case 'trigger.add':
    case 'trigger.delete':
    case 'trigger.move':
    case 'trigger.place':
    case 'status.add':
    case 'status.delete':
    case 'status.move':
    case 'status.reorder':
    case 'edge.connect':
    case 'edge.disconnect':
    case 'layout.setPosition':
    case 'flow.replace':
    case 'batch':
      return undefined;
  }
}
