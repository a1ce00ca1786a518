import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { integrationOf, IntegrationBar } from '../../../src/app/IntegrationBar';
import { SessionGate } from '../../../src/app/SessionGate';
import { Toasts } from '../../../src/app/Toasts';
import type { Me } from '../../../src/io/api';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createApiClient } from '../../../src/io/api';
import { browserCopyOf, createDesignerStore, DesignerStoreProvider } from '../../../src/store';

/** A server that wants a session: 401 until the right pair is posted, then the user. */
function serverWithSignIn() {
  let signedIn = false;
  const user = { username: 'ana', role: 'editor' } as const;
  server.use(
    http.get('*/api/me', () =>
      signedIn
        ? HttpResponse.json({ user })
        : HttpResponse.json({ message: 'Sign in first.' }, { status: 401 }),
    ),
    http.post('*/api/session', async ({ request }) => {
      const body = (await request.json()) as { username: string; password: string };
      if (body.username !== 'ana' || body.password !== 'open sesame')
        return HttpResponse.json({ message: 'Wrong username or password.' }, { status: 401 });
      signedIn = true;
      return HttpResponse.json({ user });
    }),
  );
}

function openDesigner() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const api = createApiClient({ retries: 0, timeoutMs: 2000 });
  integrationOf(store, api);
  const sessions: (Me | null)[] = [];
  render(
    <SessionGate
      api={api}
      onSession={(me) => {
        sessions.push(me);
        integrationOf(store).getState().setSession(me);
      }}
    >
      <DesignerStoreProvider store={store}>
        {/* The Publish refusal reveals a card on the board: the bar lives inside React Flow's provider. */}
        <ReactFlowProvider>
          <IntegrationBar />
          <Toasts />
        </ReactFlowProvider>
      </DesignerStoreProvider>
    </SessionGate>,
  );
  return { store, sessions, user: userEvent.setup() };
}

describe('signing in', () => {
  it('shows the sign-in screen when the server answers 401, then the designer with the user', async () => {
    serverWithSignIn();
    const { user, sessions } = openDesigner();
    await user.type(await screen.findByLabelText('Username'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The username or password is not right.');
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    await user.type(screen.getByLabelText('Password'), 'open sesame');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('status', { name: 'Signed in as ana, can save' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save' })).toBeVisible();
    expect(sessions).toEqual([{ user: { username: 'ana', role: 'editor' } }]);
  });

  it('with the mocked backend, says the server is a demo that forgets on reload', async () => {
    openDesigner();
    expect(await screen.findByRole('status', { name: /Demo server · forgets on reload/ })).toBeVisible();
    expect(screen.queryByLabelText('Password')).toBeNull();
  });
});

describe('a base revision the server does not have', () => {
  it('is dropped with a message, and the save stores the design without a false conflict', async () => {
    const { store, user } = openDesigner();
    // This browser believes the design is revision 7; the (reloaded) demo server only has 3.
    browserCopyOf(store).getState().setServer({ flowId: DEFAULT_FLOW.id, revision: 7, flow: null });
    expect(await screen.findByText(/no longer has revision 7 of this design/)).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Saved to the server \(revision 4\)/)).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(db.get(DEFAULT_FLOW.id)!.revision).toBe(4);
  });
});
