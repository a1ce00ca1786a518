import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { apiErrorMessage } from '../io/api';
import type { ApiClient, ApiError } from '../io/api';
import { primaryButtonClass } from '../ui/ConfirmDialog';
import { inputClass, labelClass } from '../ui/formStyles';
import type { Translator } from '../i18n';
import { useTranslator } from '../i18n/react';

/** What a failed sign-in tells the person: never the server's internal wording. */
function signInMessage(translator: Translator, error: ApiError): string {
  const { t } = translator;
  if (error.kind === 'http' && error.status === 401) return t('signIn.wrong');
  if (error.kind === 'http' && error.status === 429) return t('signIn.tooMany');
  return apiErrorMessage(error, translator);
}

/** The sign-in screen the designer shows when the server asks who is there (it answered 401). */
export function SignIn({ api, onSignedIn }: { api: ApiClient; onSignedIn: () => void }) {
  const translator = useTranslator();
  const { t } = translator;
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
      setMessage(signInMessage(translator, result.error));
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
          {t('signIn.title')}
        </h1>
        <div className="space-y-1">
          <label htmlFor={ids.user} className={labelClass}>
            {t('signIn.username')}
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
            {t('signIn.password')}
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
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
