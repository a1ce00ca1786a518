import { AccountBadge } from './AccountBadge';
import { BackendControls } from './BackendControls';
import { ExportButton } from './ExportButton';
import { FlowsButton } from './FlowsButton';
import { ImportButton } from './ImportButton';
import { JsonToggle } from './JsonPane';
import { TopBarMore } from './TopBarMore';

export { integrationOf } from './integration';
export { JsonPane } from './JsonPane';
export { SharedFlowView } from './SharedFlowView';

/** The top bar's JSON, import/export and backend controls. */
export function IntegrationBar() {
  return (
    <div className="flex items-center gap-1">
      <TopBarMore />
      <FlowsButton />
      <JsonToggle />
      <ImportButton />
      <ExportButton />
      <BackendControls />
      <AccountBadge />
    </div>
  );
}
