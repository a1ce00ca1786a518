import { OverviewMap } from '../canvas/BoardControls';
import { runStateParts } from '../canvas/RunState';
import { ExportMenuItems } from '../panels/export/ExportMenu';
import { statusParts } from '../panels/statuses/parts';
import { lazyPart, whenIdle } from '../ui/lazyPart';

/*
 * The parts of the designer the first screen does not show, in chunks of their own (the
 * first page load stays under its gzip budget, `npm run test:bundle`). They are fetched when the
 * browser is idle after the first screen, so opening one later does not wait for the network. The
 * JSON editor (monaco) and the simulator are lazy too, but large: they load on first use only.
 */

export const InspectorPanel = lazyPart(() => import('./InspectorPanel').then((m) => m.InspectorPanel));
const dialogs = () => import('./dialogs');
export const FlowsDialog = lazyPart(() => dialogs().then((m) => m.FlowsDialog));
export const ImportDialog = lazyPart(() => dialogs().then((m) => m.ImportDialog));
export const ConflictDialog = lazyPart(() => dialogs().then((m) => m.ConflictDialog));
export const PublishDialog = lazyPart(() => dialogs().then((m) => m.PublishDialog));
export const HistoryDialog = lazyPart(() => dialogs().then((m) => m.HistoryDialog));
export const ShortcutsHelp = lazyPart(() => dialogs().then((m) => m.ShortcutsHelp));
/** The palette folded to its icon rail, for those who fold it. */
export const PaletteRail = lazyPart(() => import('../panels/palette/PaletteRail').then((m) => m.PaletteRail));
/** The problems list, folded away until opened (the dock's one-line bar is on the first screen). */
export const ProblemsPanel = lazyPart(() =>
  import('../panels/problems/ProblemsPanel').then((m) => m.ProblemsPanel),
);
/** The catalog picker a lane's "+ Add robot" opens. */
export const AddToStatusPicker = lazyPart(() =>
  import('./AddToStatusPicker').then((m) => m.AddToStatusPicker),
);
/** The palette's drags (@dnd-kit): asked for right after the first screen by DesignerDnd. */
export const PaletteDndRoot = lazyPart(() => import('./PaletteDnd').then((m) => m.PaletteDnd));
/** The JSON panel (monaco behind it, in chunks of its own): on first use only, never preloaded. */
export const JsonPanel = lazyPart(() => import('../panels/json/JsonPanel').then((m) => m.JsonPanel));

const parts = [
  InspectorPanel,
  FlowsDialog,
  ImportDialog,
  ConflictDialog,
  PublishDialog,
  HistoryDialog,
  ShortcutsHelp,
  PaletteRail,
  ProblemsPanel,
  AddToStatusPicker,
  OverviewMap,
  ExportMenuItems,
  ...runStateParts,
  ...statusParts,
];

/** Loads every part now (component tests, which assert what a user sees once the page is idle). */
export function preloadParts(): Promise<void> {
  return Promise.all(parts.map((part) => part.preload())).then(() => undefined);
}

/**
 * Loads every part once the first screen is up; a failure is left to the part's next render. The
 * inspector goes first, right after the first frame instead of when the browser idles: a click on
 * a card is the likeliest first thing done, and after a large design opens the browser may not
 * idle for a while (with 5,000 robots: ~0.4 s after the cards are painted).
 */
export function preloadPartsWhenIdle(): void {
  requestAnimationFrame(() => setTimeout(() => void InspectorPanel.preload().catch(() => undefined)));
  whenIdle(() => void preloadParts().catch(() => undefined));
}
