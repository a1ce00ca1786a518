import { useRef } from 'react';
import { ModalDialog } from '../ui/ConfirmDialog';
import { buttonClass } from '../ui/formStyles';

/** One row of the help: the keys (alternatives) and what they do. */
export interface ShortcutInfo {
  keys: string[];
  action: string;
}

/** What useShortcuts does, as the user reads it; "Ctrl" is ⌘ on a Mac. */
export const SHORTCUTS: readonly ShortcutInfo[] = [
  { keys: ['Ctrl+Z'], action: 'Undo' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'Redo' },
  { keys: ['Ctrl+C'], action: 'Copy the selected robots and triggers' },
  { keys: ['Ctrl+X'], action: 'Cut the selected robots and triggers' },
  { keys: ['Ctrl+V'], action: 'Paste into the selected lane' },
  { keys: ['Ctrl+D'], action: 'Duplicate the selection' },
  { keys: ['Delete', 'Backspace'], action: 'Delete the selection' },
  { keys: ['↑', '↓'], action: 'Select the previous or next card in the lane' },
  { keys: ['←', '→'], action: 'Select a card in the neighbouring lane' },
  { keys: ['Alt+←', 'Alt+→'], action: 'Move the selected cards one status left or right' },
  { keys: ['Alt+←', 'Alt+→'], action: 'Move the focused status left or right' },
  { keys: ['F2'], action: 'Rename the focused status' },
  { keys: ['?'], action: 'Show or hide this list' },
];

/** "Ctrl+Shift+Z" → ⌘⇧Z on a Mac, where the Command key plays Ctrl's part. */
function forPlatform(keys: string, mac: boolean): string {
  return mac ? keys.replace('Ctrl+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥') : keys;
}

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The keyboard shortcuts as a dialog; `?` or Escape closes it again. */
export function ShortcutsHelp({ onClose, mac = isMac() }: { onClose: () => void; mac?: boolean }) {
  const close = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose} initialFocus={close}>
      {/* The `?` that opened the list closes it too: the designer's listener ignores keys in dialogs. */}
      <div
        onKeyDown={(e) => {
          if (e.key === '?') onClose();
        }}
      >
        <table className="w-full text-left text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td className="whitespace-nowrap py-1.5 pr-4 align-top">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && (
                        <>
                          {' '}
                          <span className="px-1 text-xs text-slate-500 dark:text-slate-400">or</span>{' '}
                        </>
                      )}
                      <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100">
                        {forPlatform(k, mac)}
                      </kbd>
                    </span>
                  ))}
                </td>
                <td className="py-1.5 text-slate-700 dark:text-slate-300">{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="mt-4 flex justify-end">
          <button ref={close} type="button" className={buttonClass} onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
