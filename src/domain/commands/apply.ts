import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
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
function run(flow: Flow, command: Command, report: CommandReport, tr: Translator): void {
  switch (command.type) {
    case 'robot.add':
      return addRobot(flow, command, tr);
    case 'robot.update':
      return updateRobot(flow, command, tr);
    case 'robot.move':
      return moveRobot(flow, command, report, tr);
    case 'robot.delete':
      return deleteRobot(flow, command, report, tr);
    case 'robot.place':
      return placeRobot(flow, command, report, tr);
    case 'trigger.add':
      return addTrigger(flow, command, tr);
    case 'trigger.update':
      return updateTrigger(flow, command, tr);
    case 'trigger.move':
      return moveTrigger(flow, command, tr);
    case 'trigger.delete':
      return deleteTrigger(flow, command, tr);
    case 'trigger.place':
      return placeTrigger(flow, command, tr);
    case 'status.add':
      return addStatus(flow, command, tr);
    case 'status.update':
      return updateStatus(flow, command, tr);
    case 'status.move':
      return moveStatus(flow, command, tr);
    case 'status.reorder':
      return reorderStatuses(flow, command, tr);
    case 'status.delete':
      return deleteStatus(flow, command, report, tr);
    case 'edge.connect':
      return connect(flow, command, tr);
    case 'edge.disconnect':
      return disconnect(flow, command, tr);
    case 'flow.rename':
      return renameFlow(flow, command, tr);
    case 'flow.settings':
      return setFlowSettings(flow, command, tr);
    case 'layout.setPosition':
      return setPosition(flow, command, tr);
    case 'flow.replace':
      return replaceFlow(flow, command, tr);
    case 'batch':
      for (const inner of command.commands) run(flow, inner, report, tr);
      return;
  }
}

/**
 * Applies a command to a flow: the one writer of the document. Returns the new flow with the patches
 * that redo it and the inverse patches that undo it, or a refusal with a reason in `translator`'s
 * language (the flow untouched).
 */
export function applyCommand(
  flow: Flow,
  command: Command,
  translator: Translator = englishTranslator,
): CommandResult {
  const report = emptyReport();
  try {
    const [next, patches, inversePatches] = produceWithPatches(flow, (draft) => {
      run(draft as Flow, command, report, translator);
    });
    return { ok: true, flow: next, patches, inversePatches, report };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, code: error.code, reason: error.reason };
    throw error;
  }
}
