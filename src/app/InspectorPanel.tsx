import { Inspector } from '../panels/inspector';
import type { Dispatch } from '../panels/inspector';
import { useDesigner, useDesignerStoreApi } from '../store';
import { useEnvironment, useProblems } from './problems';

const apiBase = () => import.meta.env.VITE_API_URL ?? window.location.origin;

/**
 * The inspector of the selected card. Its edits come through `dispatch` with the squash policy:
 * typing in one field is one undo step; focusing another field starts a new one.
 */
export function InspectorPanel({ dispatch }: { dispatch: Dispatch }) {
  const store = useDesignerStoreApi();
  const flow = useDesigner((s) => s.flow);
  const selectedId = useDesigner((s) => (s.selection.length === 1 ? s.selection[0]! : null));
  const environment = useEnvironment();
  const problems = useProblems();

  return (
    <div
      data-pane="details"
      // A new field means a new undo step: marks close the squash of the previous field's typing.
      onFocusCapture={() => store.getState().mark()}
      className="flex h-full min-h-0 w-[24rem] shrink-0 flex-col overflow-y-auto border-l border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"
    >
      <Inspector
        flow={flow}
        selectedId={selectedId}
        environment={environment}
        dispatch={dispatch}
        problems={problems}
        apiBaseUrl={apiBase()}
      />
    </div>
  );
}
