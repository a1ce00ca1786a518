import { ExportMenu } from '../panels/export/ExportMenu';
import { useDesigner } from '../store';
import { barButtonClass } from './integration';

/** The top bar's Export menu over the live flow. */
export function ExportButton() {
  const flow = useDesigner((s) => s.flow);
  const notify = useDesigner((s) => s.notify);
  return <ExportMenu flow={flow} notify={notify} className={barButtonClass} />;
}
