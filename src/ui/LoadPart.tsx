import { Component, Suspense } from 'react';
import type { ReactNode } from 'react';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { useTranslator } from '../i18n/react';
import { retryFailedParts } from './lazyPart';
import { Loading, LoadingDialog } from './Loading';

type Kind = 'panel' | 'dialog' | 'overlay';

interface LoadPartProps {
  /** What the part is, as the messages name it: "the inspector", "the flows". */
  what: string;
  /**
   * A panel fails in its place; a dialog fails as a small dialog of its own; an overlay (drawn over
   * something that works without it, such as a card's run state) draws nothing while it loads or
   * when it fails.
   */
  kind?: Kind;
  /** Shown while the code loads, instead of "Loading {what}…"; `null` shows nothing. */
  fallback?: ReactNode;
  /** A dialog's way out when it cannot be shown. */
  onClose?: () => void;
  /** The box a failed panel's message sits in (a side panel keeps its width and border). */
  failedClassName?: string;
  children: ReactNode;
}

/**
 * Where a lazily loaded part of the designer is shown: its loading message, and — should its code
 * not arrive (offline, or a newer version deployed meanwhile) or the part break — a message in its
 * place with "Try again", instead of the whole page going blank. The design is not affected; it is
 * kept in this browser, so reloading the page is safe too.
 */
export function LoadPart({
  what,
  kind = 'panel',
  fallback,
  onClose,
  failedClassName = 'p-3',
  children,
}: LoadPartProps) {
  const translator = useTranslator();
  // `fallback={null}` means "nothing while it loads" (a part that needs no message, such as the
  // palette's dragging): only a fallback left out gets the loading message.
  const message = kind === 'dialog' ? <LoadingDialog what={what} /> : <Loading what={what} />;
  const loading = kind === 'overlay' ? null : fallback !== undefined ? fallback : message;
  return (
    <PartBoundary
      translator={translator}
      what={what}
      kind={kind}
      onClose={onClose}
      failedClassName={failedClassName}
    >
      <Suspense fallback={loading}>{children}</Suspense>
    </PartBoundary>
  );
}

/** A failed fetch of a script chunk, as browsers word it (Chromium, Firefox, Safari, Vite's preload). */
const NOT_LOADED =
  /dynamically imported module|importing a module script failed|error loading dynamically|unable to preload|failed to fetch/i;

export function failureSentence(what: string, error: unknown, { t }: Translator = englishTranslator): string {
  const message = error instanceof Error ? error.message : String(error);
  return NOT_LOADED.test(message)
    ? t('dialogs.loadPart.notLoaded', { what })
    : capitalized(t('dialogs.loadPart.failed', { what, message }));
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface BoundaryProps {
  translator: Translator;
  what: string;
  kind: Kind;
  onClose?: () => void;
  failedClassName: string;
  children: ReactNode;
}

class PartBoundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn(`Orderflow: ${this.props.what} could not be shown.`, error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { what, kind, onClose, failedClassName, translator } = this.props;
    if (kind === 'overlay') return null;
    const { t } = translator;
    const retry = () => {
      retryFailedParts();
      this.setState({ error: undefined, failed: false });
    };
    const box = (
      <div
        role="alert"
        className="space-y-2 rounded-md border border-rose-200 bg-danger-soft p-3 text-sm text-rose-900 dark:border-rose-900 dark:text-rose-100"
      >
        <p className="m-0">{failureSentence(what, this.state.error, translator)}</p>
        <p className="m-0 text-xs">{t('dialogs.loadPart.safe')}</p>
        <div className="flex gap-2">
          <button type="button" className={BUTTON} onClick={retry}>
            {t('dialogs.loadPart.retry')}
          </button>
          <button type="button" className={BUTTON} onClick={() => window.location.reload()}>
            {t('dialogs.loadPart.reload')}
          </button>
          {onClose && (
            <button type="button" className={BUTTON} onClick={onClose}>
              {t('common.close')}
            </button>
          )}
        </div>
      </div>
    );
    if (kind === 'panel') return <div className={failedClassName}>{box}</div>;
    return <div className="fixed inset-0 z-50 grid place-items-center bg-slate-900/10 p-4">{box}</div>;
  }
}

const BUTTON =
  'rounded-md border border-rose-300 bg-white px-2.5 py-1 text-xs font-medium text-rose-900 hover:bg-rose-100 dark:border-rose-800 dark:bg-rose-900 dark:text-rose-50 dark:hover:bg-rose-800';
