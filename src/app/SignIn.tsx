import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiClient, ApiError } from '../io/api';
import { primaryButtonClass } from '../ui/ConfirmDialog';
import { inputClass, labelClass } from '../ui/formStyles';

/** What a failed sign-in tells the person: never the server's internal wording. */
function signInMessage(error: ApiError): string {
  if (error.kind === 'http' && error.status === 401) return 'The username or password is not right.';
  if (error.kind === 'http' && error.status === 429)
    return 'Too many attempts that failed. Wait a minute, then try again.';
  return error.message;
}

/** The sign-in screen the designer shows when the server asks who is there (it answered 401). */
export function SignIn({ api, onSignedIn }: { api: ApiClient; onSignedIn: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const ids = { user: useId(), password: useId(), message: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    const result = await api.signIn(username, password);
    setBusy(false);
    if (result.ok) onSignedIn();
    else {
      setPassword('');
      setMessage(signInMessage(result.error));
    }
  };

  return (
    <main className="flex h-full items-center justify-center bg-surface-page p-4">
      <form
        onSubmit={(e) => void submit(e)}
        aria-labelledby={`${ids.user}-title`}
        aria-describedby={message ? ids.message : undefined}
        className="w-full max-w-sm space-y-4 rounded-lg border border-border-subtle bg-surface p-6 shadow-sm"
      >
        <h1 id={`${ids.user}-title`} className="text-lg font-semibold text-slate-900 dark:text-white">
          Sign in to Orderflow
        </h1>
        <div className="space-y-1">
          <label htmlFor={ids.user} className={labelClass}>
            Username
          </label>
          <input
            id={ids.user}
            className={inputClass}
            autoComplete="username"
            autoFocus
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={ids.password} className={labelClass}>
            Password
          </label>
          <input
            id={ids.password}
            type="password"
            className={inputClass}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {message && (
          <p id={ids.message} role="alert" className="text-sm text-rose-700 dark:text-rose-300">
            {message}
          </p>
        )}
        <button type="submit" className={primaryButtonClass} disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
