import { ReactFlowProvider } from '@xyflow/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { integrationOf, IntegrationBar, JsonPane } from '../../../src/app/IntegrationBar';
import { JsonEditorKindProvider } from '../../../src/app/jsonEditorKind';
import { Toasts } from '../../../src/app/Toasts';
import type { Flow } from '../../../src/domain/flow';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createApiClient } from '../../../src/io/api';
import type { ApiClientOptions } from '../../../src/io/api';
import { createDesignerStore, DesignerStoreProvider } from '../../../src/store';

/**
 * The top bar's JSON, import/export and backend controls, the JSON pane and the toasts, over a designer store and
 * the mocked backend (tests/component/setup.ts resets its db after each test). Reads are not retried,
 * so the failure paths answer at once.
 */
export function renderControls(flow: Flow = DEFAULT_FLOW, client: ApiClientOptions = {}) {
  const store = createDesignerStore(flow);
  integrationOf(store, createApiClient({ retries: 0, timeoutMs: 2000, ...client }));
  const user = userEvent.setup();
  render(
    <ReactFlowProvider>
      <DesignerStoreProvider store={store}>
        {/* Monaco needs browser APIs jsdom lacks: the plain editor behaves the same. */}
        <JsonEditorKindProvider value="plain">
          <IntegrationBar />
          <JsonPane />
          <Toasts />
        </JsonEditorKindProvider>
      </DesignerStoreProvider>
    </ReactFlowProvider>,
  );
  return { store, user, button: (name: string) => screen.getByRole('button', { name }) };
}
