// The designer build's Russian (vite.config.ts puts this module in place of all.ru for load.ts):
// the shared messages (top bar, sign-in, palette) and the board's. Every other area is fetched right
// after the first screen (src/i18n/later.ts, docs/i18n.md "The first load"); keep the areas here the
// same as in firstScreen.en.ts.
import core from './ru.json' with { type: 'json' };
import canvas from './ru/canvas.json' with { type: 'json' };
import { withLaterAreas } from '../later';

export const areas = { core, canvas };

export default withLaterAreas({ ...core, ...canvas }, () => import('./all.ru').then((m) => m.default));
