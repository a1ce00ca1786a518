import { useCallback, useRef, useState } from 'react';
import { Menu } from '../panels/statuses/Menu';
import { useDesigner } from '../store';
import { UiIcon } from '../ui';
import { useTranslator } from '../i18n/react';
import { barButtonClass, useIntegration } from './integration';
import { FOLD_MENU } from '../ui/barFold';

/**
 * When the top bar has no room for every button (useCrowded: a narrow window, a longer language),
 * Flows, JSON and Import (the ones used least while designing) move into this "More" menu. Their dialogs stay with their
 * own buttons, which are only hidden, so a dialog opened from here is the same dialog.
 */
export function TopBarMore() {
  const { jsonOpen, setJsonOpen, setFlowsOpen, setImporting } = useIntegration();
  const locked = useDesigner((s) => s.simulation.active);
  const [open, setOpen] = useState(false);
  const { t } = useTranslator();
  const lockedHint = t('topBar.lockedHint');
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  return (
    <div data-fold-menu="2" className={FOLD_MENU}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('topBar.more.hint')}
        onClick={() => setOpen((was) => !was)}
        className={barButtonClass}
      >
        {t('topBar.more')}
        <UiIcon name="chevron" size={13} />
      </button>
      {open && (
        <Menu
          label={t('topBar.more')}
          anchor={button}
          onClose={close}
          items={[
            {
              label: t('topBar.flows'),
              onSelect: () => setFlowsOpen(true),
              disabled: locked,
              hint: locked ? lockedHint : t('topBar.flows.hint'),
            },
            {
              label: jsonOpen ? t('topBar.json.hide') : t('topBar.json.show'),
              onSelect: () => setJsonOpen(!jsonOpen),
            },
            {
              label: t('topBar.import'),
              onSelect: () => setImporting({ file: null }),
              disabled: locked,
              hint: locked ? lockedHint : t('topBar.import.hint'),
            },
          ]}
        />
      )}
    </div>
  );
}
