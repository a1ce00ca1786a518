import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Toasts } from '../../../src/app/Toasts';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { createDesignerStore, DesignerStoreProvider } from '../../../src/store';

function renderToasts() {
  const store = createDesignerStore(DEFAULT_FLOW);
  const view = render(
    <DesignerStoreProvider store={store}>
      <Toasts />
    </DesignerStoreProvider>,
  );
  return { store, view };
}

describe('the message strip', () => {
  it('takes no room while there is no message', () => {
    const { view } = renderToasts();
    expect(view.container).toBeEmptyDOMElement();
  });

  it('shows information as a status and refusals as an alert, each dismissable', async () => {
    const { store, view } = renderToasts();
    const user = userEvent.setup();
    act(() => {
      store.getState().notify('Moved 1 robot to Shipped.');
      store.getState().notify('A robot cannot run after itself.', 'error');
    });
    expect(screen.getByRole('status')).toHaveTextContent('Moved 1 robot to Shipped.');
    expect(screen.getByRole('alert')).toHaveTextContent('A robot cannot run after itself.');
    // In the page's flow, not floating over the board: no fixed or absolute placement.
    const strip = screen.getByRole('list', { name: 'Messages' });
    expect(strip.className).not.toMatch(/\b(fixed|absolute)\b/);

    const [first] = screen.getAllByRole('button', { name: 'Dismiss message' });
    await user.click(first!);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(view.container).toBeEmptyDOMElement();
  });
});
