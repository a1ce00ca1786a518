// The en messages: the shared file plus one file per area, so people converting different screens
// never edit the same file (docs/i18n.md, "Message files").
import core from './en.json' with { type: 'json' };
import canvas from './en/canvas.json' with { type: 'json' };
import catalog from './en/catalog.json' with { type: 'json' };
import inspector from './en/inspector.json' with { type: 'json' };
import lint from './en/lint.json' with { type: 'json' };
import dialogs from './en/dialogs.json' with { type: 'json' };
import simulator from './en/simulator.json' with { type: 'json' };
import cli from './en/cli.json' with { type: 'json' };
import scenario from './en/scenario.json' with { type: 'json' };
import samples from './en/samples.json' with { type: 'json' };
import io from './en/io.json' with { type: 'json' };
import engine from './en/engine.json' with { type: 'json' };

/** Every area's messages in one object; no key may appear in two areas (tests/unit/i18n/messages.test.ts). */
export const areas = {
  core,
  canvas,
  catalog,
  inspector,
  lint,
  dialogs,
  simulator,
  scenario,
  engine,
  io,
  samples,
  cli,
};

export default {
  ...core,
  ...canvas,
  ...catalog,
  ...inspector,
  ...lint,
  ...dialogs,
  ...simulator,
  ...scenario,
  ...engine,
  ...io,
  ...samples,
  ...cli,
};
