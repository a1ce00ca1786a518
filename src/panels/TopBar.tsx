import type { ReactNode } from 'react';
import { IconButton, UiIcon } from '../ui';
import { useDesigner, useDesignerStoreApi } from '../store';
import type { ReferenceState } from '../store';

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

function backendText(reference: ReferenceState): { text: string; tone: string } {
  switch (reference.state) {
    case 'idle':
      return { text: 'Backend not contacted', tone: 'bg-slate-400' };
    case 'loading':
      return { text: 'Loading reference data…', tone: 'bg-amber-400' };
    case 'ready': {
      const c = reference.counts;
      return {
        text: `Reference data: ${c.employees} employees, ${c.mailboxes} mailboxes`,
        tone: 'bg-emerald-500',
      };
    }
    case 'error':
      return { text: `Reference data unavailable: ${reference.message}`, tone: 'bg-rose-500' };
  }
}

/**
 * The app bar: product name, the flow's name, what the design holds, backend state and theme. The
 * editing controls (history, save state, problem counts) come in as children, composed by the app.
 */
export function TopBar({ children }: { children?: ReactNode }) {
  const store = useDesignerStoreApi();
  const name = useDesigner((s) => s.flow.name);
  const counts = useDesigner(
    (s) =>
      `${s.flow.statuses.length} statuses · ${s.flow.robots.length} robots · ${s.flow.triggers.length} triggers`,
  );
  const reference = useDesigner((s) => s.reference);
  const theme = useDesigner((s) => s.theme);
  const backend = backendText(reference);

  return (
    <header className="flex h-14 shrink-0 items-center gap-2 border-b border-border-subtle bg-surface-base px-3 xl:px-4">
      <div className="flex items-center gap-2">
        <Logo />
        {/* The word mark gives way on narrower screens (the logo stays; the name is still read). */}
        <span className="text-[15px] font-semibold tracking-tight text-slate-900 max-2xl:sr-only dark:text-white">
          Orderflow
        </span>
      </div>
      <span className="h-6 w-px bg-slate-200 dark:bg-slate-800" aria-hidden="true" />
      <h1
        className="min-w-[5rem] max-w-[16rem] truncate 2xl:min-w-[6rem] text-sm font-medium text-slate-800 dark:text-slate-200"
        title={name}
      >
        {name}
      </h1>
      {children}
      <div className="ml-auto flex shrink-0 items-center gap-2 xl:gap-4">
        <span className="hidden text-xs text-fg-subtle 2xl:inline">{counts}</span>
        {/* Read out at every width, drawn from 1280 px: below, the bar needs its room for controls. */}
        <span
          role="status"
          title={backend.text}
          className="inline-flex min-w-0 items-center gap-1.5 rounded-full border border-border-subtle px-2.5 py-1 text-xs text-fg-secondary max-xl:sr-only"
        >
          <UiIcon name="server" size={13} />
          <span className={`h-1.5 w-1.5 rounded-full ${backend.tone}`} aria-hidden="true" />
          <span className="max-w-[16rem] truncate max-2xl:sr-only">{backend.text}</span>
        </span>
        <IconButton
          icon={theme === 'dark' ? 'sun' : 'moon'}
          label={theme === 'dark' ? 'Switch to light mode' : 'Switch to dark mode'}
          onClick={() => store.getState().setTheme(theme === 'dark' ? 'light' : 'dark')}
        />
      </div>
    </header>
  );
}
