// The designer build's English (vite.config.ts puts this module in place of all.en for english.ts):
// the shared messages (top bar, sign-in, palette) and the board's. Every other area is fetched right
// after the first screen (src/i18n/later.ts, docs/i18n.md "The first load"); keep the areas here the
// same as in firstScreen.ru.ts.
import core from './en.json' with { type: 'json' };
import canvas from './en/canvas.json' with { type: 'json' };
import { withLaterAreas } from '../later';

export const areas = { core, canvas };

export default withLaterAreas({ ...core, ...canvas }, () => import('./all.en').then((m) => m.default));
