import { useCallback, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Command } from '../domain/commands';
import type { Translator } from '../i18n';
import { useTranslator } from '../i18n/react';
import { NothingSelected } from '../panels/inspector/NothingSelected';
import { StatusEditor } from '../panels/statuses/parts';
import { editMergeKey, INSPECTOR_PINNED_KEY, useDesigner, useDesignerStoreApi } from '../store';
import { Loading } from '../ui/Loading';
import { LoadPart } from '../ui/LoadPart';
import { UiIcon } from '../ui';
import { AddToStatusButton } from './AddToStatusButton';
import { InspectorHeader } from './InspectorHeader';
import { InspectorPanel } from './lazyParts';
import { parseSelectionKey, selectionKey, selectionKindOf } from './selectionKind';
import type { SelectionKind } from './selectionKind';
import { useCloseOnEscape } from './useCloseOnEscape';
import { useUiFlag } from './useUiFlag';

/** The right-hand column: only there while it has something to show, so the board keeps the width. */
const COLUMN =
  'flex h-full min-h-0 w-[24rem] shrink-0 flex-col border-l border-border-subtle bg-surface-base';

const addButtonClass =
  'inline-flex h-8 w-full items-center justify-center gap-1.5 rounded-md border border-dashed border-slate-300 text-xs font-semibold text-fg-soft hover:border-brand-500 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-500 aria-expanded:border-brand-500 dark:border-slate-700 dark:hover:bg-slate-900';

/**
 * The right-hand dock: the status editor when a lane is selected, else the inspector of the selected
 * robot or trigger. It opens with a selection and closes (Close, Esc) by clearing it; pinned ("Keep
 * open", remembered by this browser) it stays with its empty state. Typing in either editor is
 * squashed into one undo step per field.
 */
export function SelectionDetails() {
  const store = useDesignerStoreApi();
  const [pinned, setPinned] = useUiFlag(INSPECTOR_PINNED_KEY);
  const selected = parseSelectionKey(useDesigner((s) => selectionKey(selectionKindOf(s))));
  const pane = useRef<HTMLDivElement>(null);
  const open = selected.kind !== 'none';
  const close = useCloseOnEscape(open, pane);
  const translator = useTranslator();

  if (!open && !pinned) return null;
  return (
    <div ref={pane} data-pane="details" className={COLUMN}>
      <InspectorHeader
        title={titleOf(selected, translator)}
        pinned={pinned}
        onPinnedChange={setPinned}
        onClose={() => {
          // Close means "out of the way": a pinned dock would stay, so closing unpins it too.
          setPinned(false);
          close();
        }}
      />
      <div
        className="min-h-0 flex-1 overflow-y-auto"
        onFocusCapture={selected.kind === 'status' ? () => store.getState().mark() : undefined}
      >
        <DockBody selected={selected} />
      </div>
    </div>
  );
}

function titleOf(selected: SelectionKind, { t }: Translator): string {
  switch (selected.kind) {
    case 'none':
    case 'status':
    case 'robot':
    case 'trigger':
      return t(`inspector.dock.title.${selected.kind}`);
    case 'several':
      return t('inspector.dock.title.several', { count: selected.count });
  }
}

function DockBody({ selected }: { selected: SelectionKind }): ReactNode {
  const store = useDesignerStoreApi();
  const { t } = useTranslator();
  const flow = useDesigner((s) => s.flow);
  const dispatch = useCallback(
    (command: Command) => store.getState().dispatch(command, { merge: editMergeKey(command) }),
    [store],
  );
  if (selected.kind === 'status') {
    return (
      <div className="space-y-3 p-3 text-sm">
        {/* The catalog for this status, as the lane's own "+ Add robot" offers it. */}
        <AddToStatusButton statusId={selected.id} className={addButtonClass}>
          <UiIcon name="plus" size={14} />
          {t('inspector.dock.addCard')}
        </AddToStatusButton>
        <LoadPart what={t('inspector.dock.loadingEditor')}>
          <StatusEditor
            flow={flow}
            statusId={selected.id}
            dispatch={dispatch}
            onDeleted={() => store.getState().clearSelection()}
          />
        </LoadPart>
      </div>
    );
  }
  if (selected.kind === 'several') return <SeveralSelected count={selected.count} />;
  return (
    <LoadPart what={t('inspector.dock.loading')} fallback={<InspectorLoading />}>
      <InspectorPanel dispatch={dispatch} />
    </LoadPart>
  );
}

/** Several cards or lanes at once: nothing to edit together, but the dock says why it is empty. */
function SeveralSelected({ count }: { count: number }) {
  const { t } = useTranslator();
  return (
    <section aria-label={t('inspector.region')} className="p-3 text-sm">
      <div className="py-10 text-center text-fg-muted">
        <p className="font-medium">{t('inspector.dock.several', { count })}</p>
        <p className="mt-1 text-xs">{t('inspector.dock.severalHint')}</p>
      </div>
    </section>
  );
}

/**
 * The inspector's place while its code loads (it is not part of the first load): its empty state
 * when pinned with nothing selected, exactly as the inspector draws it; a message if a card was
 * selected before the code arrived.
 */
function InspectorLoading() {
  const nodeSelected = useDesigner((s) => selectionKindOf(s).kind !== 'none');
  const { t } = useTranslator();
  return (
    <section
      aria-label={t('inspector.region')}
      className="space-y-3 p-3 text-sm text-slate-800 dark:text-slate-100"
    >
      {nodeSelected ? <Loading what={t('inspector.dock.loading')} /> : <NothingSelected />}
    </section>
  );
}
