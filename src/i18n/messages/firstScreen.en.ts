// The designer build's English (vite.config.ts puts this module in place of all.en for english.ts):
// the messages of the first screen (src/i18n/firstScreen.ts), chosen and compiled by the build from
// every area file. The others are fetched right after the first screen (src/i18n/later.ts).
import firstScreen from 'virtual:orderflow-first-screen/en';
import { withLaterAreas } from '../later';

export default withLaterAreas({ ...firstScreen }, () => import('./all.en').then((m) => m.default));
