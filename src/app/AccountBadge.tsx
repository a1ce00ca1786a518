import { barButtonClass, useIntegration } from './integration';

const ROLE_WORDS = {
  viewer: 'can view',
  editor: 'can save',
  publisher: 'can publish',
  admin: 'administrator',
} as const;

/**
 * Who is signed in, or — with the mocked backend — that the server is a demo: it keeps saves and
 * publishes only until the page is reloaded, so nobody mistakes "saved to server" there for safe.
 */
export function AccountBadge() {
  const { session, api } = useIntegration();
  if (!session) return null;
  if (session.demo)
    return (
      <span
        role="status"
        aria-label="Demo server · forgets on reload"
        title="This is a demonstration server inside the page: what you save or publish to it is forgotten when the page reloads. Your design itself is also kept in this browser."
        className="shrink-0 items-center rounded-full border border-amber-300 bg-warning-soft px-2.5 py-1 text-xs max-2xl:sr-only 2xl:inline-flex font-medium text-amber-900 dark:border-amber-700 dark:text-amber-100"
      >
        {/* Below 2xl the top bar has no room: screen readers still find it here, and everyone is
            told by the message shown when the designer opens (main.tsx). */}
        Demo server · forgets on reload
      </span>
    );
  const { username, role } = session.user;
  return (
    <span className="inline-flex shrink-0 items-center gap-1.5">
      <span
        role="status"
        aria-label={`Signed in as ${username}, ${ROLE_WORDS[role]}`}
        title={`Signed in as ${username} (${ROLE_WORDS[role]})`}
        className="max-w-[10rem] truncate text-xs text-fg-secondary max-2xl:sr-only"
      >
        {username}
      </span>
      <button
        type="button"
        className={barButtonClass}
        title={`Signed in as ${username}`}
        onClick={() => void api.signOut().then(() => window.location.reload())}
      >
        Sign out
      </button>
    </span>
  );
}
