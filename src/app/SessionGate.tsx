import { Suspense, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { ApiClient, Me } from '../io/api';
import { Loading } from '../ui/Loading';
import { lazyPart } from '../ui/lazyPart';
import { useTranslator } from '../i18n/react';

// Only a real server asks for a sign-in: the screen stays out of the first load (and the demo's).
const SignIn = lazyPart(() => import('./SignIn').then((m) => m.SignIn));

type GateState = { step: 'asking' } | { step: 'sign-in' } | { step: 'open' };

/**
 * Asks the backend who is signed in before showing the designer. A server that answers 401 gets the
 * sign-in screen; any other failure (offline, a backend without sign-in) opens the designer anyway,
 * since it works on the browser copy and its badges say what the server could not do.
 */
export function SessionGate({
  api,
  onSession,
  children,
}: {
  api: ApiClient;
  /** Called once the designer opens: who is signed in (null when the backend did not say). */
  onSession: (me: Me | null) => void;
  children: ReactNode;
}) {
  const [state, setState] = useState<GateState>({ step: 'asking' });
  const [attempt, setAttempt] = useState(0);
  const { t } = useTranslator();

  useEffect(() => {
    const controller = new AbortController();
    void api.me(controller.signal).then((me) => {
      if (controller.signal.aborted) return;
      if (!me.ok && me.error.kind === 'http' && me.error.status === 401) {
        setState({ step: 'sign-in' });
        return;
      }
      onSession(me.ok ? me.value : null);
      setState({ step: 'open' });
    });
    return () => controller.abort();
    // onSession is the entry point's, fixed for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, attempt]);

  if (state.step === 'open') return <>{children}</>;
  if (state.step === 'sign-in')
    return (
      <Suspense fallback={<Loading what={t('loading.signIn')} />}>
        <SignIn api={api} onSignedIn={() => setAttempt((n) => n + 1)} />
      </Suspense>
    );
  return <Loading what={t('loading.session')} />;
}
