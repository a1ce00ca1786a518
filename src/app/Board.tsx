import { useMemo, useState } from 'react';
import { FlowCanvas } from '../canvas';
import { BoardControls, BoardMap } from '../canvas/BoardControls';
import { BoardActionsContext } from '../canvas/boardActions';
import type { BoardActions } from '../canvas/boardActions';
import { CULL_ABOVE } from '../canvas/FlowCanvas';
import { useDesigner } from '../store';
import { AddStatus } from './AddStatus';
import { AddToStatusPicker } from './lazyParts';
import { useTranslator } from '../i18n/react';
import { LoadPart } from '../ui/LoadPart';
import { ProblemsDock } from './ProblemsDock';
import { DesignOnly } from './SimulateMode';

/**
 * The board and what belongs to it: the canvas, its map in a column of its own (shown by default
 * for large designs, where it is needed to find one's way), and under it the problems dock and the
 * zoom controls. Nothing floats over a lane.
 */
export function Board() {
  const { t } = useTranslator();
  const large = useDesigner((s) => s.flow.robots.length + s.flow.triggers.length > CULL_ABOVE);
  const [mapChoice, setMapChoice] = useState<boolean | null>(null);
  const mapShown = mapChoice ?? large;
  // A lane's "+ Add robot" opens the catalog picker next to it.
  const [picker, setPicker] = useState<{ statusId: string; anchor: HTMLElement } | null>(null);
  const actions = useMemo<BoardActions>(
    () => ({ openAddPicker: (statusId, anchor) => setPicker({ statusId, anchor }) }),
    [],
  );
  return (
    <BoardActionsContext.Provider value={actions}>
      <BoardArea mapShown={mapShown} onToggleMap={() => setMapChoice(!mapShown)} />
      {picker && (
        <LoadPart what={t('loading.dialog')} kind="dialog" fallback={null} onClose={() => setPicker(null)}>
          <AddToStatusPicker
            statusId={picker.statusId}
            anchor={picker.anchor}
            onClose={() => setPicker(null)}
          />
        </LoadPart>
      )}
    </BoardActionsContext.Provider>
  );
}

function BoardArea({ mapShown, onToggleMap }: { mapShown: boolean; onToggleMap: () => void }) {
  return (
    <div className="flex min-w-0 flex-1 flex-col">
      <div className="flex min-h-0 flex-1">
        <main data-pane="canvas" className="relative min-h-0 min-w-0 flex-1">
          <FlowCanvas>
            <DesignOnly>
              <AddStatus />
            </DesignOnly>
          </FlowCanvas>
        </main>
        {mapShown && <BoardMap />}
      </div>
      <div className="flex items-end border-t border-border-subtle bg-surface-base">
        <div className="min-w-0 flex-1">
          <ProblemsDock />
        </div>
        <BoardControls mapShown={mapShown} onToggleMap={onToggleMap} />
      </div>
    </div>
  );
}
