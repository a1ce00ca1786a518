import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { createDesignerStore } from '../../../src/store';
import { HAZARD_CASES } from '../../fixtures/hazards/designs';

/* A quick fix in the designer: one click, one command, one undo step, and the problem is gone. */
describe('a quick fix from the problems panel', () => {
  it('applies the fix as one undoable edit', async () => {
    const hazard = HAZARD_CASES.find((c) => c.code === 'OF808')!;
    const store = createDesignerStore(hazard.hazard);
    const user = userEvent.setup();
    render(<App store={store} />);
    await screen.findByRole('region', { name: 'Shipped' });
    // The count arrives with the check's hazard rules, drawn when the page has a moment.
    await user.click(await screen.findByRole('button', { name: /info$/ }));
    const fix = await screen.findByRole('button', {
      name: 'Quick fix for Delivery call: Run only during working hours',
    });
    await user.click(fix);
    const call = () => store.getState().flow.robots.find((r) => r.id === 's_robocall')!;
    expect(call().delay).toEqual({ type: 'after', value: 1, unit: 'days', workTime: true });
    expect(store.getState().past).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /^Quick fix for Delivery call/ })).not.toBeInTheDocument();
    store.getState().undo();
    expect(call().delay).toEqual({ type: 'after', value: 1, unit: 'days' });
  });
});
