import { robotDefinition, triggerDefinition } from '../../domain/catalog';
import { Icon } from '../../ui';
import { catalogTitle } from '../../i18n/catalogText';
import { useTranslator } from '../../i18n/react';
import type { PaletteNodeRef } from './dnd';
import { GROUP_TILE } from './tones';

/**
 * What follows the pointer while a palette item is dragged; render it inside the app's DragOverlay:
 * `<DragOverlay>{isPaletteDragData(data) && <PaletteDragPreview {...data} />}</DragOverlay>`.
 */
export function PaletteDragPreview(data: PaletteNodeRef) {
  const def = data.kind === 'robot' ? robotDefinition(data.type) : triggerDefinition(data.type);
  const group = data.kind === 'robot' ? robotDefinition(data.type).group : 'triggers';
  const translator = useTranslator();
  return (
    <div
      aria-hidden="true"
      className="flex w-60 cursor-grabbing items-center gap-2.5 rounded-lg border border-brand-500 bg-surface px-3 py-2 shadow-lg ring-2 ring-brand-500/30"
    >
      <span className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-md ${GROUP_TILE[group]}`}>
        <Icon name={def.icon} size={17} />
      </span>
      <span className="min-w-0">
        <span className="block truncate text-[13px] font-semibold text-slate-900 dark:text-white">
          {catalogTitle(translator, data.kind, def.type)}
        </span>
        <span className="block text-[11px] text-fg-muted">
          {data.kind === 'trigger'
            ? translator.t('palette.kind.trigger')
            : translator.t('palette.kind.robot')}
        </span>
      </span>
    </div>
  );
}
