// The en messages: the shared file plus one file per area, so people converting different screens
// never edit the same file (docs/i18n.md, "Message files").
import core from './en.json';
import canvas from './en/canvas.json';
import catalog from './en/catalog.json';
import inspector from './en/inspector.json';
import lint from './en/lint.json';
import dialogs from './en/dialogs.json';
import simulator from './en/simulator.json';
import cli from './en/cli.json';

/** Every area's messages in one object; no key may appear in two areas (tests/unit/i18n/messages.test.ts). */
export const areas = { core, canvas, catalog, inspector, lint, dialogs, simulator, cli };

export default { ...core, ...canvas, ...catalog, ...inspector, ...lint, ...dialogs, ...simulator, ...cli };
