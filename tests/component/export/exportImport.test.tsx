import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';
import { serializeFlow } from '../../../src/io';
import { decodeShareFragment } from '../../../src/io/exchange';
import { renderControls } from '../backend/harness';
import { captureDownload } from '../support/captureDownload';

afterEach(() => vi.restoreAllMocks());

describe('export', () => {
  it('downloads NAME.orderflow.json holding the open design, pretty-printed', async () => {
    const saved = captureDownload();
    const { user, button } = renderControls();
    await user.click(button('Export'));
    const menu = screen.getByRole('menu', { name: 'Export' });
    await user.click(within(menu).getByRole('menuitem', { name: /^Download .*\.orderflow\.json$/ }));
    expect(saved.name).toBe('Online store — default.orderflow.json');
    const text = await saved.blob!.text();
    expect(text).toBe(serializeFlow(DEFAULT_FLOW));
    expect(text.split('\n').length).toBeGreaterThan(20);
    expect(JSON.parse(text)).toEqual(JSON.parse(serializeFlow(DEFAULT_FLOW)));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('copies the JSON and a share link that opens the same design', async () => {
    const { user, button } = renderControls();
    await user.click(button('Export'));
    await user.click(screen.getByRole('menuitem', { name: 'Copy JSON' }));
    expect(await screen.findByText('The JSON copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(serializeFlow(DEFAULT_FLOW));

    await user.click(button('Export'));
    await user.click(screen.getByRole('menuitem', { name: 'Copy share link' }));
    expect(await screen.findByText('The share link copied to the clipboard.')).toBeInTheDocument();
    const link = new URL(await navigator.clipboard.readText());
    expect(link.hash).toMatch(/^#flow=/);
    const opened = await decodeShareFragment(link.hash);
    expect(opened.ok && opened.flow).toEqual(DEFAULT_FLOW);
  });
});

describe('BPMN export', () => {
  it('downloads NAME.bpmn: an executable process with a Zeebe job per robot type', async () => {
    const saved = captureDownload();
    // Without working-hours delays the export says exactly what the simulator does.
    const flow = structuredClone(DEFAULT_FLOW);
    for (const r of flow.robots) delete r.delay.workTime;
    const { user, button } = renderControls(flow);
    await user.click(button('Export'));
    await user.click(screen.getByRole('menuitem', { name: 'BPMN 2.0 (Camunda 8)' }));
    expect(await screen.findByText(/downloaded: it runs on Camunda 8/)).toBeInTheDocument();
    expect(saved.name).toBe(`${flow.name}.bpmn`);
    const xml = await saved.blob!.text();
    expect(xml).toContain('isExecutable="true"');
    expect(xml).toContain('zeebe:taskDefinition type="orderflow.email.send"');
  });

  it('lists what BPMN cannot say exactly, naming the robot, after downloading anyway', async () => {
    const saved = captureDownload();
    const flow = structuredClone(DEFAULT_FLOW);
    const robot = flow.robots.find((r) => r.delay.workTime)!;
    const { user, button, store } = renderControls(flow);
    await user.click(button('Export'));
    await user.click(screen.getByRole('menuitem', { name: 'BPMN 2.0 (Camunda 8)' }));
    const dialog = await screen.findByRole('dialog', { name: /BPMN export: \d+ warnings?/ });
    expect(saved.name).toBe(`${flow.name}.bpmn`);
    const warnings = within(dialog).getByRole('list', { name: 'Export warnings' });
    expect(
      within(warnings).getByText(new RegExp(`“?"?${robot.name}"?”? runs only in working hours`)),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().flow).toEqual(flow);
  });
});

describe('import', () => {
  it('replaces the design only on confirm, as one undo step', async () => {
    const { store, user, button } = renderControls();
    const incoming = { ...structuredClone(DEFAULT_FLOW), name: 'Imported shop' };
    incoming.robots = incoming.robots.slice(1);
    const before = store.getState().past.length;

    await user.click(button('Import'));
    const dialog = screen.getByRole('dialog', { name: 'Import a flow' });
    const paste = within(dialog).getByRole('textbox', { name: 'Flow JSON' });
    await user.click(paste);
    await user.paste(serializeFlow(incoming));
    expect(
      within(dialog).getByText(
        /Design “Imported shop” changed: name: “Online store — default” → “Imported shop”/,
      ),
    ).toBeInTheDocument();
    expect(store.getState().flow).toEqual(DEFAULT_FLOW);

    await user.click(within(dialog).getByRole('button', { name: 'Import flow' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().flow).toEqual(incoming);
    expect(store.getState().past.length).toBe(before + 1);
    expect(screen.getByText(/Imported “Imported shop”/)).toBeInTheDocument();

    act(() => void store.getState().undo());
    expect(store.getState().flow).toEqual(DEFAULT_FLOW);
  });

  it('a broken document lists its error where it is and cannot be imported', async () => {
    const { store, user, button } = renderControls();
    await user.click(button('Import'));
    const dialog = screen.getByRole('dialog', { name: 'Import a flow' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Flow JSON' }));
    await user.paste(serializeFlow({ ...DEFAULT_FLOW, statuses: 'none' } as never));
    const errors = await within(dialog).findByRole('region', { name: /error/i });
    expect(within(errors).getByText('Statuses')).toHaveAttribute('data-path', '$.statuses');
    expect(within(dialog).getByRole('button', { name: 'Import flow' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().flow).toEqual(DEFAULT_FLOW);
  });
});

describe('the JSON pane', () => {
  it('applies a valid edit to the design as one undo step', async () => {
    const { store, user, button } = renderControls();
    await user.click(button('{ } JSON'));
    expect(button('{ } JSON')).toHaveAttribute('aria-pressed', 'true');
    const text = await screen.findByRole('textbox', { name: 'Flow JSON' });
    expect(text).toHaveValue(serializeFlow(DEFAULT_FLOW));
    const before = store.getState().past.length;
    fireEvent.change(text, { target: { value: serializeFlow({ ...DEFAULT_FLOW, name: 'Edited as JSON' }) } });
    await waitFor(() => expect(store.getState().flow.name).toBe('Edited as JSON'));
    expect(store.getState().past.length).toBe(before + 1);
  });

  it('keeps the design while the text is invalid and lists the problem', async () => {
    const { store, user, button } = renderControls();
    await user.click(button('{ } JSON'));
    const text = await screen.findByRole('textbox', { name: 'Flow JSON' });
    fireEvent.change(text, {
      target: { value: serializeFlow(DEFAULT_FLOW).replace('"statuses": [', '"statuses": [,') },
    });
    const problems = await screen.findByRole('list', { name: 'Problems in the JSON' });
    expect(within(problems).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(store.getState().flow).toEqual(DEFAULT_FLOW);
  });

  const broken = () => serializeFlow(DEFAULT_FLOW).replace('"statuses": [', '"statuses": [,');

  it('keeps invalid text being typed while the pane is closed and reopened', async () => {
    const { user, button } = renderControls();
    await user.click(button('{ } JSON'));
    const text = await screen.findByRole('textbox', { name: 'Flow JSON' });
    fireEvent.change(text, { target: { value: broken() } });
    await user.click(button('{ } JSON'));
    expect(screen.queryByRole('textbox', { name: 'Flow JSON' })).not.toBeInTheDocument();
    await user.click(button('{ } JSON'));
    expect(await screen.findByRole('textbox', { name: 'Flow JSON' })).toHaveValue(broken());
  });

  it('asks before a canvas edit replaces invalid text: keep my text, or take the canvas', async () => {
    const { store, user, button } = renderControls();
    await user.click(button('{ } JSON'));
    const text = await screen.findByRole('textbox', { name: 'Flow JSON' });
    fireEvent.change(text, { target: { value: broken() } });
    await screen.findByRole('list', { name: 'Problems in the JSON' });

    act(() => void store.getState().dispatch({ type: 'flow.rename', name: 'Renamed on the canvas' }));
    const question = await screen.findByText(
      /The design changed on the canvas while your JSON text has errors/,
    );
    expect(text).toHaveValue(broken());
    await user.click(screen.getByRole('button', { name: 'Keep my text' }));
    expect(question).not.toBeInTheDocument();
    expect(text).toHaveValue(broken());

    // Closed while the question is open: reopening asks again rather than dropping either side.
    act(() => void store.getState().dispatch({ type: 'flow.rename', name: 'Renamed again' }));
    await screen.findByRole('button', { name: 'Take the canvas' });
    await user.click(button('{ } JSON'));
    await user.click(button('{ } JSON'));
    await user.click(await screen.findByRole('button', { name: 'Take the canvas' }));
    const reopened = screen.getByRole('textbox', { name: 'Flow JSON' });
    await waitFor(() => expect(reopened).toHaveValue(serializeFlow(store.getState().flow)));
    expect(store.getState().flow.name).toBe('Renamed again');
    expect(screen.queryByRole('button', { name: 'Keep my text' })).not.toBeInTheDocument();
  });
});
