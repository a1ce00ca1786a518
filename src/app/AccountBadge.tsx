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
        className="inline-flex shrink-0 items-center rounded-full border border-amber-300 bg-amber-50 px-2.5 py-1 text-xs font-medium text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
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
        className="max-w-[10rem] truncate text-xs text-slate-600 dark:text-slate-300"
      >
        {username}
      </span>
      <button
        type="button"
        className={barButtonClass}
        onClick={() => void api.signOut().then(() => window.location.reload())}
      >
        Sign out
      </button>
    </span>
  );
}
