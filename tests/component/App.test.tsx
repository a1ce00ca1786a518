import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { DEFAULT_FLOW } from '../../src/domain/samples/defaultFlow';
import { createDesignerStore, loadReference } from '../../src/store';

function renderApp(store = createDesignerStore(DEFAULT_FLOW)) {
  render(<App store={store} />);
  return store;
}

describe('the app shell', () => {
  it('shows the five default statuses as lanes, in pipeline order', async () => {
    renderApp();
    await screen.findByRole('region', { name: 'Shipped' });
    const lanes = document.querySelectorAll('.react-flow__node-lane');
    expect([...lanes].map((lane) => lane.getAttribute('aria-label'))).toEqual([
      'Accepted, awaiting payment',
      'Paid, preparing for shipment',
      'Shipped',
      'Completed',
      'Canceled',
    ]);
    for (const lane of lanes) expect(lane).toHaveAttribute('role', 'region');
    const paid = screen.getByRole('region', { name: 'Paid, preparing for shipment' });
    expect(within(paid).getByRole('heading', { name: 'Paid, preparing for shipment' })).toBeInTheDocument();
    expect(within(paid).getByText('3 robots · 1 trigger')).toBeInTheDocument();
  });

  it('shows the robots and triggers by accessible name, with delay and condition chips', async () => {
    renderApp();
    const reminder = await screen.findByRole('group', {
      name: 'Payment reminder — Send email, after 3 days',
    });
    expect(within(reminder).getByText('after 3 days')).toBeInTheDocument();
    expect(within(reminder).getByText('if not Paid')).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'SMS with the order number — Send SMS, immediately' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Payment — Trigger' })).toBeInTheDocument();
    expect(document.querySelectorAll('.react-flow__node-robot')).toHaveLength(DEFAULT_FLOW.robots.length);
    expect(screen.getAllByRole('group', { name: / — Trigger$/ })).toHaveLength(DEFAULT_FLOW.triggers.length);
  });

  it('draws an "after previous" edge for every chained robot', async () => {
    renderApp();
    await screen.findByRole('region', { name: 'Shipped' });
    const chained = DEFAULT_FLOW.robots.filter((r) => r.after !== null);
    expect(chained.length).toBeGreaterThan(0);
    for (const robot of chained)
      expect(document.querySelector(`[data-id="after:${robot.id}"]`)).not.toBeNull();
  });

  it('shows the flow name in the top bar and what the mocked backend sent', async () => {
    const store = renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Online store — default' })).toBeInTheDocument();
    await loadReference(store, window.location.origin);
    expect(await screen.findByText('Reference data: 4 employees, 2 mailboxes')).toBeInTheDocument();
  });

  it('gives each mounted designer its own store', async () => {
    const first = createDesignerStore(DEFAULT_FLOW);
    const second = createDesignerStore(DEFAULT_FLOW);
    first.getState().dispatch({ type: 'flow.rename', name: 'First shop' });
    render(<App store={first} />);
    render(<App store={second} />);
    expect(screen.getByRole('heading', { level: 1, name: 'First shop' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Online store — default' })).toBeInTheDocument();
    expect(second.getState().past).toEqual([]);
  });

  it('rerenders when the store changes, e.g. a status renamed', async () => {
    const store = renderApp();
    await screen.findByRole('region', { name: 'Shipped' });
    const shipped = store.getState().flow.statuses.find((s) => s.name === 'Shipped')!;
    store.getState().dispatch({ type: 'status.update', id: shipped.id, changes: { name: 'On its way' } });
    expect(await screen.findByRole('region', { name: 'On its way' })).toBeInTheDocument();
  });
});
