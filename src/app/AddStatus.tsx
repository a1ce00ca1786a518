import { useCallback } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { SIZES } from '../canvas/layout';
import type { Command } from '../domain/commands';
import { AddStatusButton } from '../panels/statuses';
import { useTranslator } from '../i18n/react';
import { useDesigner, useDesignerStoreApi } from '../store';
import { useReveal } from './useReveal';

/**
 * "+ Add status" as the board's last column, after the last status: where a new status goes, and
 * never over a lane. The new lane is selected and brought into view.
 */
export function AddStatus() {
  const store = useDesignerStoreApi();
  const flow = useDesigner((s) => s.flow);
  const reveal = useReveal();
  const { t } = useTranslator();
  const dispatch = useCallback((command: Command) => store.getState().dispatch(command), [store]);
  const x = flow.statuses.length * (SIZES.laneWidth + SIZES.laneGap);
  return (
    <ViewportPortal>
      <div
        className="absolute"
        style={{ transform: `translate(${x}px, 0px)`, width: SIZES.laneWidth * 0.75 }}
      >
        <AddStatusButton
          flow={flow}
          dispatch={dispatch}
          label={t('canvas.addStatus')}
          className="nodrag nopan pointer-events-auto w-full rounded-xl border border-dashed border-slate-300 bg-white/70 px-3 py-4 text-sm font-medium text-fg-secondary hover:border-brand-500 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-700 dark:bg-slate-900/70"
          onAdded={(id) => {
            store.getState().select([id]);
            reveal(id);
          }}
        />
      </div>
    </ViewportPortal>
  );
}
