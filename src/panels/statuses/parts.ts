import { lazyPart } from '../../ui/lazyPart';

/*
 * The status forms open from a lane's "…" menu, "+ Add status" or a selected lane, never on the first
 * screen: they load on first use, together (forms.ts), and when the page is idle (src/app/lazyParts.ts).
 */
const forms = () => import('./forms');
export const StatusEditor = lazyPart(() => forms().then((m) => m.StatusEditor));
export const AddStatusDialog = lazyPart(() => forms().then((m) => m.AddStatusDialog));
export const DeleteStatusDialog = lazyPart(() => forms().then((m) => m.DeleteStatusDialog));

export const statusParts = [StatusEditor, AddStatusDialog, DeleteStatusDialog];
