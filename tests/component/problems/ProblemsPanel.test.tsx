import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lintFlow } from '../../../src/domain/lint';
import type { LintProblem } from '../../../src/domain/lint';
import { ProblemsPanel } from '../../../src/panels/problems';
import { flowWithProblems } from './fixture';
import { HAZARD_CASES } from '../../fixtures/hazards/designs';

function renderPanel(problems?: LintProblem[]) {
  const flow = flowWithProblems();
  const onReveal = vi.fn();
  const user = userEvent.setup();
  render(<ProblemsPanel problems={problems ?? lintFlow(flow)} flow={flow} onReveal={onReveal} />);
  const panel = screen.getByRole('region', { name: 'Problems' });
  return { flow, onReveal, user, panel };
}

/** The problem rows, top to bottom. */
const rows = (panel: HTMLElement) =>
  within(panel)
    .getAllByRole('button')
    .filter((b) => b.hasAttribute('data-problem-row'));

describe('ProblemsPanel', () => {
  it('says "No problems" for a clean design', () => {
    renderPanel([]);
    expect(screen.getByText('No problems')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('says the design is being checked, not "No problems", before a large design\'s first check', () => {
    const flow = flowWithProblems();
    render(<ProblemsPanel problems={[]} pending flow={flow} onReveal={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Checking the design…');
    expect(screen.queryByText('No problems')).not.toBeInTheDocument();
  });

  it('lists errors, then warnings, then info, each section with its count', () => {
    const { panel } = renderPanel();
    const headings = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Errors (3)', 'Warnings (2)', 'Info (1)']);
    expect(within(screen.getByRole('list', { name: 'Errors' })).getAllByRole('listitem')).toHaveLength(3);
    expect(rows(panel).map((r) => r.getAttribute('aria-label')!.split(':')[0])).toEqual([
      'Error',
      'Error',
      'Error',
      'Warning',
      'Warning',
      'Info',
    ]);
    expect(screen.getByRole('button', { name: 'All 6' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Errors 3' })).toBeInTheDocument();
  });

  it('names the node and the field of each problem from the flow and the catalog', () => {
    const { panel } = renderPanel();
    const [sms, subject, body, unreachable, trigger, empty] = rows(panel);
    // A named robot shows its name and its type (both in its name); the field label comes from the catalog.
    expect(sms).toHaveAccessibleName(/^Error: SMS with the order number · Send SMS › Text\. .*OF101$/);
    expect(within(sms!).getByText('· Send SMS', { exact: false })).toBeInTheDocument();
    // An unnamed robot is called by its catalog title.
    expect(subject).toHaveAccessibleName(/^Error: Send email › Subject\./);
    expect(body).toHaveAccessibleName(/^Error: Send email › Text\./);
    expect(unreachable).toHaveAccessibleName(/^Warning: Archived\. Nothing leads to status/);
    expect(trigger).toHaveAccessibleName(/^Warning: Payment\. .*can never fire/);
    expect(empty).toHaveAccessibleName(/^Info: Archived\. /);
  });

  it("shows each problem's code with its help text as description and tooltip", () => {
    const { panel } = renderPanel();
    const [sms] = rows(panel);
    expect(sms).toHaveAccessibleDescription(/^Required setting missing\. A setting the robot or trigger/);
    expect(within(sms!).getByText('OF101')).toHaveAttribute(
      'title',
      expect.stringMatching(/^Required setting missing/),
    );
  });

  it('reports the node id and the setting key when a row is clicked', async () => {
    const { onReveal, user, panel } = renderPanel();
    await user.click(rows(panel)[1]!);
    expect(onReveal).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ code: 'OF101', path: '$.robots[1].settings.subject' }),
      expect.objectContaining({
        kind: 'robot',
        nodeId: 'email-send-1',
        settingKey: 'subject',
        fieldLabel: 'Subject',
      }),
    );
  });

  it('reveals with the keyboard: arrows walk the rows across sections, Enter chooses', async () => {
    const { onReveal, user, panel } = renderPanel();
    rows(panel)[3]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(rows(panel)[4]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onReveal).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ code: 'OF322' }),
      expect.objectContaining({ kind: 'trigger', nodeId: 'pay-0' }),
    );
    expect(onReveal.mock.calls[0]![1].settingKey).toBeUndefined();
    await user.keyboard('{End}');
    expect(rows(panel)[5]).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp}');
    expect(rows(panel)[0]).toHaveFocus();
  });

  it('reports a status problem with the status id', async () => {
    const { onReveal, user } = renderPanel();
    await user.click(screen.getByRole('button', { name: /^Info: Archived/ }));
    expect(onReveal).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'OF312' }),
      expect.objectContaining({ kind: 'status', nodeId: 'X' }),
    );
  });

  it('filters by severity', async () => {
    const { user, panel } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Warnings 2' }));
    expect(screen.getByRole('button', { name: 'Warnings 2' })).toHaveAttribute('aria-pressed', 'true');
    expect(rows(panel).map((r) => r.getAttribute('aria-label')!.split(':')[0])).toEqual([
      'Warning',
      'Warning',
    ]);
    await user.click(screen.getByRole('button', { name: 'Errors 3' }));
    expect(rows(panel).map((r) => r.getAttribute('aria-label')!.split(':')[0])).toEqual([
      'Error',
      'Error',
      'Error',
    ]);
    await user.click(screen.getByRole('button', { name: 'All 6' }));
    expect(rows(panel)).toHaveLength(6);
  });

  it('says when the chosen severity has nothing', async () => {
    const flow = flowWithProblems();
    const { user } = renderPanel(lintFlow(flow).filter((p) => p.severity === 'error'));
    await user.click(screen.getByRole('button', { name: 'Info 0' }));
    expect(screen.getByText('No info')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });
});

describe('ProblemsPanel quick fixes', () => {
  it("offers a problem's quick fix beside its row and hands the problem back when chosen", async () => {
    const hazard = HAZARD_CASES.find((c) => c.code === 'OF808')!;
    const problems = lintFlow(hazard.hazard);
    const onFix = vi.fn();
    const user = userEvent.setup();
    render(<ProblemsPanel problems={problems} flow={hazard.hazard} onReveal={vi.fn()} onFix={onFix} />);
    await user.click(
      screen.getByRole('button', { name: 'Quick fix for Delivery call: Run only during working hours' }),
    );
    expect(onFix).toHaveBeenCalledWith(expect.objectContaining({ code: 'OF808', path: hazard.path }));
  });

  it('offers no fix button without a handler', () => {
    const hazard = HAZARD_CASES.find((c) => c.code === 'OF808')!;
    render(<ProblemsPanel problems={lintFlow(hazard.hazard)} flow={hazard.hazard} onReveal={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /^Quick fix/ })).not.toBeInTheDocument();
  });
});
