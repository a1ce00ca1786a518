import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { flowSettingsSchema } from '../flow';
import type { Flow } from '../flow';
import { idTaken, refuse, requireValid } from './context';
import type { Command } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function renameFlow(
  flow: Flow,
  cmd: Of<'flow.rename'>,
  translator: Translator = englishTranslator,
): void {
  const name = cmd.name.trim();
  if (name === '') refuse('empty-name', translator.t('io.command.emptyName'));
  flow.name = name;
}

/** Sets the time zone or the working time; the result must be valid settings (an IANA zone, HH:MM hours). */
export function setFlowSettings(
  flow: Flow,
  cmd: Of<'flow.settings'>,
  translator: Translator = englishTranslator,
): void {
  const { timezone, workTime } = cmd.changes;
  if (timezone !== undefined) flow.settings.timezone = timezone;
  if (workTime === null) delete flow.settings.workTime;
  else if (workTime !== undefined) flow.settings.workTime = structuredClone(workTime);
  requireValid(flowSettingsSchema, flow.settings, 'settings', translator);
}

/** Remembers where the user put a card (or forgets it with `null`, so auto layout places it again). */
export function setPosition(
  flow: Flow,
  cmd: Of<'layout.setPosition'>,
  translator: Translator = englishTranslator,
): void {
  const { t } = translator;
  if (!idTaken(flow, cmd.id)) refuse('unknown-node', t('io.command.unknownNode'));
  if (cmd.position === null) {
    if (flow.layout?.positions) delete flow.layout.positions[cmd.id];
    return;
  }
  if (!Number.isFinite(cmd.position.x) || !Number.isFinite(cmd.position.y))
    refuse('invalid', t('io.command.badPosition'));
  flow.layout ??= {};
  flow.layout.positions ??= {};
  flow.layout.positions[cmd.id] = { x: cmd.position.x, y: cmd.position.y };
}

/**
 * Replaces the whole document (a valid edit in the JSON panel, a confirmed import), key by key so the
 * patches stay small and undo restores exactly what was there. The new flow was validated by its loader.
 */
export function replaceFlow(
  flow: Flow,
  cmd: Of<'flow.replace'>,
  translator: Translator = englishTranslator,
): void {
  if (cmd.flow.statuses.length === 0) refuse('last-status', translator.t('io.command.lastStatus'));
  const target = flow as unknown as Record<string, unknown>;
  const next = structuredClone(cmd.flow) as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) if (!(key in next)) delete target[key];
  for (const [key, value] of Object.entries(next)) {
    if (JSON.stringify(target[key]) !== JSON.stringify(value)) target[key] = value;
  }
}
