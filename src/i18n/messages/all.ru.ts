// The ru messages: the shared file plus one file per area, so people converting different screens
// never edit the same file (docs/i18n.md, "Message files").
import core from './ru.json' with { type: 'json' };
import canvas from './ru/canvas.json' with { type: 'json' };
import catalog from './ru/catalog.json' with { type: 'json' };
import inspector from './ru/inspector.json' with { type: 'json' };
import lint from './ru/lint.json' with { type: 'json' };
import dialogs from './ru/dialogs.json' with { type: 'json' };
import simulator from './ru/simulator.json' with { type: 'json' };
import cli from './ru/cli.json' with { type: 'json' };
import scenario from './ru/scenario.json' with { type: 'json' };
import samples from './ru/samples.json' with { type: 'json' };
import io from './ru/io.json' with { type: 'json' };
import engine from './ru/engine.json' with { type: 'json' };

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
