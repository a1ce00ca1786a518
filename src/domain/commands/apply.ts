import { enablePatches, produceWithPatches } from 'immer';
import type { Flow } from '../flow';
import { Refusal, emptyReport } from './context';
import { renameFlow, replaceFlow, setFlowSettings, setPosition } from './document';
import { placeRobot, placeTrigger } from './place';
import { addRobot, connect, deleteRobot, disconnect, moveRobot, updateRobot } from './robot';
import { addStatus, deleteStatus, moveStatus, reorderStatuses, updateStatus } from './status';
import { addTrigger, deleteTrigger, moveTrigger, updateTrigger } from './trigger';
import type { Command, CommandReport, CommandResult } from './types';

enablePatches();

/** Runs one command against the draft; the only switch over the union, exhaustive by `never`. */
function run(flow: Flow, command: Command, report: CommandReport): void {
  switch (command.type) {
    case 'robot.add':
      return addRobot(flow, command);
    case 'robot.update':
      return updateRobot(flow, command);
    case 'robot.move':
      return moveRobot(flow, command, report);
    case 'robot.delete':
      return deleteRobot(flow, command, report);
    case 'robot.place':
      return placeRobot(flow, command, report);
    case 'trigger.add':
      return addTrigger(flow, command);
    case 'trigger.update':
      return updateTrigger(flow, command);
    case 'trigger.move':
      return moveTrigger(flow, command);
    case 'trigger.delete':
      return deleteTrigger(flow, command);
    case 'trigger.place':
      return placeTrigger(flow, command);
    case 'status.add':
      return addStatus(flow, command);
    case 'status.update':
      return updateStatus(flow, command);
    case 'status.move':
      return moveStatus(flow, command);
    case 'status.reorder':
      return reorderStatuses(flow, command);
    case 'status.delete':
      return deleteStatus(flow, command, report);
    case 'edge.connect':
      return connect(flow, command);
    case 'edge.disconnect':
      return disconnect(flow, command);
    case 'flow.rename':
      return renameFlow(flow, command);
    case 'flow.settings':
      return setFlowSettings(flow, command);
    case 'layout.setPosition':
      return setPosition(flow, command);
    case 'flow.replace':
      return replaceFlow(flow, command);
    case 'batch':
      for (const inner of command.commands) run(flow, inner, report);
      return;
  }
}

/**
 * Applies a command to a flow: the one writer of the document. Returns the new flow with the patches
 * that redo it and the inverse patches that undo it, or a refusal with a reason (the flow untouched).
 */
export function applyCommand(flow: Flow, command: Command): CommandResult {
  const report = emptyReport();
  try {
    const [next, patches, inversePatches] = produceWithPatches(flow, (draft) => {
      run(draft as Flow, command, report);
    });
    return { ok: true, flow: next, patches, inversePatches, report };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, code: error.code, reason: error.reason };
    throw error;
  }
}
