/**
 * Which messages the first load carries (docs/i18n.md, "The first load"; README "Performance"):
 * the shared file (top bar, sign-in, palette) and the board's area whole, and of the other areas
 * the keys the first screen shows. The build bundles these (vite.config.ts); every other message of
 * the language arrives right after the first screen (later.ts). A key is chosen by its name, so
 * new keys under these names join the first load, and new keys elsewhere stay out of it.
 */
export const FIRST_SCREEN_AREAS: readonly string[] = ['core', 'canvas'];

/** Keys of other areas shown before anything is clicked: a name covers itself and `name.*`. */
export const FIRST_SCREEN_KEYS: readonly string[] = [
  // The cards: their summaries, names, inserts and conditions' fields.
  'catalog.summary',
  'catalog.names',
  'catalog.insert',
  'catalog.field',
  'catalog.fieldNote',
  // The top bar's Simulate switch, and the loading message of the simulator.
  'simulator.mode',
  'simulator.loading',
  // The right-hand dock, the board's "Add status" and their loading messages.
  'inspector.region',
  'inspector.dock',
  'inspector.nothing',
  'inspector.status.add',
  'inspector.status.limit',
  'inspector.status.loading',
  // Toasts, notices, the JSON pane's loading message, and a part that could not load (offline).
  'dialogs.toast',
  'dialogs.notice',
  'dialogs.json.part',
  'dialogs.loadPart',
];

/** Whether `key` of `area` (`core` for the shared file) is in the first load. */
export function isFirstScreenKey(area: string, key: string): boolean {
  return (
    FIRST_SCREEN_AREAS.includes(area) ||
    FIRST_SCREEN_KEYS.some((name) => key === name || key.startsWith(`${name}.`))
  );
}

/** The first screen's messages among a language's areas (`{ core: {...}, canvas: {...}, … }`). */
export function firstScreenMessages<M>(
  areas: Readonly<Record<string, Readonly<Record<string, M>>>>,
): Record<string, M> {
  const chosen: Record<string, M> = {};
  for (const [area, messages] of Object.entries(areas))
    for (const [key, message] of Object.entries(messages))
      if (isFirstScreenKey(area, key)) chosen[key] = message;
  return chosen;
}
