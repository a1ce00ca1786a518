import { Inspector } from '../panels/inspector';
import type { Dispatch } from '../panels/inspector';
import { useDesigner, useDesignerStoreApi } from '../store';
import { useEnvironment, useProblems } from './problems';

const apiBase = () => import.meta.env.VITE_API_URL ?? window.location.origin;

/**
 * The inspector of the selected card, inside the right-hand dock (SelectionDetails draws the column).
 * Its edits come through `dispatch` with the squash policy: typing in one field is one undo step;
 * focusing another field starts a new one.
 */
export function InspectorPanel({ dispatch }: { dispatch: Dispatch }) {
  const store = useDesignerStoreApi();
  const flow = useDesigner((s) => s.flow);
  const selectedId = useDesigner((s) => (s.selection.length === 1 ? s.selection[0]! : null));
  const environment = useEnvironment();
  const problems = useProblems();

  return (
    // A new field means a new undo step: marks close the squash of the previous field's typing.
    <div onFocusCapture={() => store.getState().mark()}>
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
