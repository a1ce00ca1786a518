import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { NODE_PARTS, parseJsonPath } from '../problems/locate';

type Key = Parameters<Translator['t']>[0];

const NODE_AT = {
  statuses: 'lint.where.statusAt',
  robots: 'lint.where.robotAt',
  triggers: 'lint.where.triggerAt',
} as const;

function isList(key: unknown): key is keyof typeof NODE_AT {
  return key === 'statuses' || key === 'robots' || key === 'triggers';
}

function nodePart(part: string | number | undefined, translator: Translator): string | undefined {
  if (part === 'settings') return translator.t('dialogs.import.where.settings');
  if (typeof part === 'string' && NODE_PARTS.has(part)) return translator.t(`lint.where.part.${part}` as Key);
  return undefined;
}

/**
 * Where a problem of an imported file sits, in the designer's words ("Robot 4 · Run"), not as the
 * JSON path the loader reports (`$.robots[3].delay.value`): the people importing a flow know its
 * statuses and robots, not its file format. The file is broken, so places are positions, not names.
 */
export function problemPlace(path: string, translator: Translator = englishTranslator): string {
  const { t } = translator;
  const [head, index, part] = parseJsonPath(path);
  if (head === undefined) return t('dialogs.import.where.file');
  if (isList(head)) {
    if (typeof index !== 'number') return t('dialogs.import.where.list', { list: head });
    const node = t(NODE_AT[head], { position: index + 1 });
    const named = nodePart(part, translator);
    return named === undefined ? node : t('dialogs.import.where.nodePart', { node, part: named });
  }
  if (head === 'name') return t('lint.where.flow.name');
  if (head === 'settings') {
    if (index === 'timezone') return t('lint.where.flow.timezone');
    if (index === 'workTime') return t('lint.where.flow.workTime');
    return t('lint.where.flow.settings');
  }
  if (head === 'format' || head === 'version' || head === 'id')
    return t('dialogs.import.where.field', { field: head });
  return t('dialogs.import.where.file');
}
