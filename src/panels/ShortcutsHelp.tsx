import { useRef } from 'react';
import { ModalDialog } from '../ui/ConfirmDialog';
import { buttonClass } from '../ui/formStyles';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { useTranslator } from '../i18n/react';
import { SHORTCUTS, chordText, isApple, shortcutHelp, shortcutIds } from '../ui/keyboard';
import type { ShortcutId } from '../ui/keyboard';

/** The help's rows: the keyboard registry in its order, each shortcut with its alternative keys. */
export const helpRows = (
  mac: boolean,
  translator: Translator = englishTranslator,
): { id: ShortcutId; keys: string[]; action: string }[] =>
  shortcutIds.map((id) => ({
    id,
    keys: SHORTCUTS[id].chords.map((chord) => chordText(chord, mac)),
    action: shortcutHelp(id, translator),
  }));

/** The keyboard shortcuts as a dialog; `?` or Escape closes it again. */
export function ShortcutsHelp({ onClose, mac = isApple() }: { onClose: () => void; mac?: boolean }) {
  const close = useRef<HTMLButtonElement>(null);
  const translator = useTranslator();
  const { t } = translator;
  return (
    // Wide enough that the longer Russian descriptions fit on one or two lines: the whole list then
    // shows at 720 px, title included, instead of opening scrolled down to the focused Close button.
    <ModalDialog
      title={t('dialogs.shortcuts.title')}
      onClose={onClose}
      initialFocus={close}
      className="max-w-2xl!"
    >
      {/* The `?` that opened the list closes it too: the designer's listener ignores keys in dialogs. */}
      <div
        onKeyDown={(e) => {
          if (e.key === '?') onClose();
        }}
      >
        <table className="w-full text-left text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">{t('dialogs.shortcuts.keys')}</th>
              <th scope="col">{t('dialogs.shortcuts.action')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {helpRows(mac, translator).map((s) => (
              <tr key={s.id}>
                <td className="whitespace-nowrap py-1.5 pr-4 align-top">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && (
                        <>
                          {' '}
                          <span className="px-1 text-xs text-fg-muted">{t('dialogs.shortcuts.or')}</span>{' '}
                        </>
                      )}
                      <kbd className="rounded border border-border-strong bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-100">
                        {k}
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
            {t('common.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
