import type { MessageKey } from '../i18n';
import { useTranslator } from '../i18n/react';
import { barButtonClass, useIntegration } from './integration';
import { WIDE_ONLY_SR } from '../ui/barFold';

const ROLE_WORDS = {
  viewer: 'account.role.viewer',
  editor: 'account.role.editor',
  publisher: 'account.role.publisher',
  admin: 'account.role.admin',
} as const satisfies Record<string, MessageKey>;

/**
 * Who is signed in, or — with the mocked backend — that the server is a demo: it keeps saves and
 * publishes only until the page is reloaded, so nobody mistakes "saved to server" there for safe.
 */
export function AccountBadge() {
  const { session, api } = useIntegration();
  const { t } = useTranslator();
  if (!session) return null;
  if (session.demo)
    return (
      <span
        role="status"
        aria-label={t('account.demo')}
        title={t('account.demo.hint')}
        data-fold="1"
        className={`shrink-0 items-center rounded-full border border-amber-300 bg-warning-soft px-2.5 py-1 text-xs inline-flex ${WIDE_ONLY_SR} font-medium text-amber-900 dark:border-amber-700 dark:text-amber-100`}
      >
        {/* In a crowded bar there is no room: screen readers still find it here, and everyone is
            told by the message shown when the designer opens (main.tsx). */}
        {t('account.demo')}
      </span>
    );
  const { username } = session.user;
  const role = t(ROLE_WORDS[session.user.role]);
  return (
    <span className="inline-flex shrink-0 items-center gap-1.5">
      <span
        role="status"
        aria-label={t('account.signedIn', { username, role })}
        title={t('account.signedIn.hint', { username, role })}
        data-fold="1"
        className={`max-w-[10rem] truncate text-xs text-fg-secondary ${WIDE_ONLY_SR}`}
      >
        {username}
      </span>
      <button
        type="button"
        className={barButtonClass}
        title={t('account.signedIn.short', { username })}
        onClick={() => void api.signOut().then(() => window.location.reload())}
      >
        {t('account.signOut')}
      </button>
    </span>
  );
}
