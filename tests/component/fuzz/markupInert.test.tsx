import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import type { Flow } from '../../../src/domain/flow';
import { DEFAULT_FLOW, SAMPLE_SCENARIOS } from '../../../src/domain/samples';
import type { Scenario } from '../../../src/domain/scenario';
import { simulate } from '../../../src/engine';
import { TimelinePanel } from '../../../src/panels/simulator';
import { createDesignerStore } from '../../../src/store';
import { MARKUP } from '../../support/hostileDocuments';
import { renderEditor } from '../simulator/harness';

/*
 * Markup and template tricks in every text a user can type or import — status, robot and trigger
 * names, settings texts (the card summaries and the inspector preview), scenario data and so the
 * timeline's rendered messages — are shown as the literal text and never become elements.
 */

/** Elements or attributes only the hostile texts could have created. */
const INJECTED =
  'img, script, iframe, object, embed, [onerror], [onload], [href^="javascript:"], [src^="javascript:"], [srcdoc]';
const TEMPLATE_KEYS = new Set(['text', 'subject', 'body', 'message', 'title', 'description', 'reason']);

function expectInert() {
  expect(document.querySelector(INJECTED)).toBeNull();
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
}

/** The default flow with markup in every name and template text (ids untouched, so it still runs). */
function hostileFlow(): Flow {
  let i = 0;
  const next = () => MARKUP[i++ % MARKUP.length]!;
  const settings = (s: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(s).map(([k, v]) => [
        k,
        TEMPLATE_KEYS.has(k) && typeof v === 'string' ? `${v} ${next()}` : v,
      ]),
    );
  return {
    ...DEFAULT_FLOW,
    name: next(),
    statuses: DEFAULT_FLOW.statuses.map((s) => ({ ...s, name: `${s.name} ${next()}` })),
    robots: DEFAULT_FLOW.robots.map((r) => ({ ...r, name: next(), settings: settings(r.settings) })),
    triggers: DEFAULT_FLOW.triggers.map((t) => ({ ...t, name: next() })),
  };
}

/** The paid-and-delivered sample with markup in the client's and the shop's texts. */
function hostileScenario(): Scenario {
  const s = structuredClone(SAMPLE_SCENARIOS.find((x) => x.slug === 'paid-and-delivered')!.scenario);
  s.name = MARKUP[1];
  s.contact.name = MARKUP[0];
  s.order.shopTitle = MARKUP[3];
  s.order.shopUrl = MARKUP[2];
  return s;
}

/** Whether the literal markup is on the page as text. */
const shownLiterally = (text: string) => document.body.textContent!.includes(text);

describe('markup in names, texts and scenario data stays text', { timeout: 30_000 }, () => {
  it('on the canvas cards and lane headers, in the inspector preview and in the problems list', async () => {
    const flow = hostileFlow();
    const store = createDesignerStore(flow);
    render(<App store={store} />);
    await screen.findByRole('region', { name: flow.statuses[2]!.name });
    expectInert();
    for (const s of flow.statuses) expect(shownLiterally(s.name)).toBe(true);
    expect(shownLiterally(flow.robots[0]!.name!)).toBe(true);

    // The SMS robot: its text, with markup, in the inspector and its preview with the sample order.
    act(() => store.getState().select(['n_sms']));
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    expect(within(inspector).getByLabelText('Name')).toHaveValue(flow.robots[1]!.name);
    const preview = within(inspector).getByTestId('template-preview');
    const smsText = flow.robots[1]!.settings.text as string;
    const markup = MARKUP.find((m) => smsText.endsWith(m))!;
    expect(preview.textContent).toContain(markup);
    expectInert();

    // "{{__proto__.polluted}}" is an insert no order has: the problems list reports it (by the
    // robot's name, never the insert's path) and quotes the names carrying markup as text.
    act(() => store.getState().setProblemsOpen(true));
    const problems = await screen.findByRole('region', { name: 'Problems' });
    expect(problems.textContent).toContain('names a field the order does not have');
    expect(MARKUP.filter((m) => problems.textContent!.includes(m))).not.toEqual([]);
    expectInert();
  });

  it('in the timeline: the rendered email, SMS and task texts and the node names', () => {
    const flow = hostileFlow();
    const timeline = simulate(flow, hostileScenario());
    render(<TimelinePanel flow={flow} timeline={timeline} onSelectEntry={() => undefined} />);
    const log = screen.getByRole('list', { name: 'Log' });
    expectInert();
    // The SMS with the order number inserts the client's name, the new-order email the shop title.
    expect(log.textContent).toContain(MARKUP[0]);
    expect(log.textContent).toContain(MARKUP[3]);
    expect(log.textContent).toContain(flow.robots[1]!.name);
  });

  it('in the scenario editor', () => {
    renderEditor(hostileScenario());
    expectInert();
    expect(screen.getByDisplayValue(MARKUP[0])).toBeInTheDocument();
  });
});
