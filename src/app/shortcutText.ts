/** Apple keyboards say ⌘ where others say Ctrl; tooltips should name the key the user presses. */
const isApple = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');

/** "Ctrl+Shift+Z" or "⇧⌘Z" from a list of modifiers and a key. */
export function shortcutText(key: string, { shift = false } = {}): string {
  if (isApple()) return `${shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}
