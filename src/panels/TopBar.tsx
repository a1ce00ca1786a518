import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { IconButton, UiIcon } from '../ui';
import { lazyPart } from '../ui/lazyPart';
import { LoadPart } from '../ui/LoadPart';
import { useCrowded } from '../ui/useCrowded';
import { useDesigner, useDesignerStoreApi } from '../store';
import type { ReferenceState } from '../store';
import type { Translator } from '../i18n';
import { useTranslator } from '../i18n/react';
import { LanguageSwitch } from './LanguageSwitch';
import { WIDE_ONLY, WIDE_ONLY_SR } from '../ui/barFold';

function Logo() {
  return (
    <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <rect x="7" y="8" width="5" height="16" rx="1.5" fill="#fff" opacity="0.95" />
      <rect x="14" y="8" width="5" height="11" rx="1.5" fill="#fff" opacity="0.75" />
      <rect x="21" y="8" width="5" height="6" rx="1.5" fill="#fff" opacity="0.55" />
    </svg>
  );
}

// The settings dialog lists every time zone: it loads when first opened, not with the board.
const DesignSettingsDialog = lazyPart(() =>
  import('./settings/DesignSettingsDialog').then((m) => m.DesignSettingsDialog),
);

function backendText({ t }: Translator, reference: ReferenceState): { text: string; tone: string } {
  switch (reference.state) {
    case 'idle':
      return { text: t('topBar.backend.idle'), tone: 'bg-slate-400' };
    case 'loading':
      return { text: t('topBar.backend.loading'), tone: 'bg-amber-400' };
    case 'ready': {
      const c = reference.counts;
      return {
        text: t('topBar.backend.ready', { employees: c.employees, mailboxes: c.mailboxes }),
        tone: 'bg-emerald-500',
      };
    }
    case 'error':
      return { text: t('topBar.backend.error', { message: reference.message }), tone: 'bg-rose-500' };
  }
}

/**
 * The app bar: product name, the flow's name, what the design holds, backend state and theme. The
 * editing controls (history, save state, problem counts) come in as children, composed by the app.
 */
export function TopBar({ children }: { children?: ReactNode }) {
  const store = useDesignerStoreApi();
  const translator = useTranslator();
  const { t } = translator;
  const name = useDesigner((s) => s.flow.name);
  const statuses = useDesigner((s) => s.flow.statuses.length);
  const robots = useDesigner((s) => s.flow.robots.length);
  const triggers = useDesigner((s) => s.flow.triggers.length);
  const counts = t('topBar.counts', { statuses, robots, triggers });
  const reference = useDesigner((s) => s.reference);
  const theme = useDesigner((s) => s.theme);
  const backend = backendText(translator, reference);
  const readOnly = useDesigner((s) => s.readOnly !== null || s.simulation.active);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const bar = useRef<HTMLElement>(null);
  // A crowded bar gives way in two steps (useCrowded, ui/barFold.ts): first its long texts give way
  // to short forms (still read out), then Flows, JSON and Import fold into "More" (TopBarMore).
  const fold = useCrowded(bar, translator.locale, 2);

  return (
    <header
      ref={bar}
      data-fold-level={fold}
      className="group/bar flex h-14 shrink-0 items-center gap-2 border-b border-border-subtle bg-surface-base px-3 xl:px-4"
    >
      <div className="flex items-center gap-2">
        <Logo />
        {/* The word mark gives way on narrower screens (the logo stays; the name is still read). */}
        <span
          data-fold="1"
          className={`text-[15px] font-semibold tracking-tight text-slate-900 dark:text-white ${WIDE_ONLY_SR}`}
        >
          {t('topBar.productName')}
        </span>
      </div>
      <span className="h-6 w-px bg-slate-200 dark:bg-slate-800" aria-hidden="true" />
      <h1
        // The bar folds its least used buttons before it cuts the name below 8rem (useCrowded).
        data-least-width="128"
        className="min-w-[4rem] max-w-[16rem] text-sm font-medium text-slate-800 dark:text-slate-200"
      >
        {/* The name opens the design's settings: time zone and working hours decide every delay. */}
        <button
          type="button"
          aria-haspopup="dialog"
          aria-description={t('topBar.designSettings.description')}
          title={readOnly ? name : t('topBar.designSettings.title', { name })}
          disabled={readOnly}
          onClick={() => setSettingsOpen(true)}
          className="block max-w-full truncate rounded px-1 text-left hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-brand-500 disabled:hover:bg-transparent"
        >
          {name}
        </button>
      </h1>
      {settingsOpen && (
        <LoadPart
          what={t('topBar.designSettings.loading')}
          kind="dialog"
          onClose={() => setSettingsOpen(false)}
        >
          <DesignSettingsDialog onClose={() => setSettingsOpen(false)} />
        </LoadPart>
      )}
      {children}
      <div className="ml-auto flex shrink-0 items-center gap-2">
        <span data-fold="1" className={`text-xs text-fg-subtle ${WIDE_ONLY}`}>
          {counts}
        </span>
        {/* Read out at every width, drawn from 1280 px: below, the bar needs its room for controls. */}
        <span
          role="status"
          title={backend.text}
          className="inline-flex min-w-0 items-center gap-1.5 rounded-full border border-border-subtle px-2.5 py-1 text-xs text-fg-secondary max-xl:sr-only"
        >
          <UiIcon name="server" size={13} />
          <span className={`h-1.5 w-1.5 rounded-full ${backend.tone}`} aria-hidden="true" />
          <span data-fold="1" className={`max-w-[16rem] truncate ${WIDE_ONLY_SR}`}>
            {backend.text}
          </span>
        </span>
        <LanguageSwitch />
        <IconButton
          icon={theme === 'dark' ? 'sun' : 'moon'}
          label={theme === 'dark' ? t('topBar.theme.toLight') : t('topBar.theme.toDark')}
          onClick={() => store.getState().setTheme(theme === 'dark' ? 'light' : 'dark')}
        />
      </div>
    </header>
  );
}
