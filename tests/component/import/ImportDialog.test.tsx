import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { serializeFlow } from '../../../src/io';
import { ImportDialog } from '../../../src/panels/import';

// jsdom gives import.meta.url an http: scheme, so fixtures are found from the repository root.
const read = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');
const fixture = (name: string) => read(`tests/unit/exchange/fixtures/${name}`);

function setup(props: Partial<Parameters<typeof ImportDialog>[0]> = {}) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  const user = userEvent.setup();
  render(<ImportDialog onConfirm={onConfirm} onCancel={onCancel} {...props} />);
  return { user, onConfirm, onCancel, importButton: screen.getByRole('button', { name: 'Import flow' }) };
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByLabelText('Flow JSON'));
  await user.paste(text);
}

/** Every malformed fixture, where its first error points (in the designer's words), and what it says. */
const MALFORMED: [file: string, place: string, message: string | RegExp][] = [
  ['bad-values.orderflow.json', 'Status 2 · Colour', 'Expected a colour as #rrggbb.'],
  ['newer-version.orderflow.json', 'Format version', /version 9 of the format, made by a newer Orderflow/],
  ['no-version.orderflow.json', 'Format version', /The document has no "version"/],
  ['not-json.orderflow.json', 'The whole file', /not valid JSON \(line 5, column 1\)/],
  ['scenario-not-flow.json', 'File kind', 'This is an Orderflow scenario, not a flow.'],
  [
    'wrong-format.orderflow.json',
    'File kind',
    'Unknown "format": found the text "bitrix.robots"; an Orderflow flow says "orderflow.flow".',
  ],
  ['statuses-not-a-list.orderflow.json', 'Statuses', 'Expected a list, found an object.'],
  ['status-without-id.orderflow.json', 'Status 2 · Id', '"id" is missing.'],
  ['robot-unknown-type.orderflow.json', 'Robot 3 · Type', /The text "fax.send" is not allowed here/],
  ['robot-delay-negative.orderflow.json', 'Robot 4 · Run', 'Must be at least 0.'],
  ['condition-bad-operator.orderflow.json', 'Robot 2 · Condition', /"roughly" is not allowed here/],
  ['name-not-text.orderflow.json', 'Flow name', 'Expected a text, found 42.'],
];

describe('ImportDialog: malformed fixtures', () => {
  it.each(MALFORMED)('%s: lists %s with its message and imports nothing', async (file, place, message) => {
    const { user, onConfirm, importButton } = setup();
    await paste(user, fixture(file));
    const errors = screen.getByRole('region', { name: 'Errors' });
    expect(within(errors).getByText(place)).toBeInTheDocument();
    expect(within(errors).getByText(message)).toBeInTheDocument();
    expect(importButton).toBeDisabled();
    await user.click(importButton);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

describe('ImportDialog', () => {
  it('is a labelled dialog with nothing to import yet', () => {
    const { importButton } = setup();
    expect(screen.getByRole('dialog', { name: 'Import a flow' })).toBeInTheDocument();
    expect(importButton).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Open a file…' })).toBeInTheDocument();
  });

  it('imports pasted JSON only when confirmed', async () => {
    const renamed = { ...DEFAULT_FLOW, name: 'Pasted shop' };
    const { user, onConfirm, importButton } = setup();
    await paste(user, serializeFlow(renamed));
    expect(screen.getByRole('status')).toHaveTextContent('“Pasted shop”: 5 statuses');
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(importButton);
    expect(onConfirm).toHaveBeenCalledWith(renamed, []);
  });

  it('lists path-level errors of a malformed document and refuses it', async () => {
    const { user, onConfirm, onCancel, importButton } = setup();
    await paste(user, fixture('bad-values.orderflow.json'));
    const errors = screen.getByRole('region', { name: 'Errors' });
    expect(within(errors).getByText('Robot 4 · Run')).toBeInTheDocument();
    expect(within(errors).getByText('Status 2 · Colour')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('the open design stays as it is');
    expect(screen.getByLabelText('Flow JSON')).toHaveAttribute('aria-invalid', 'true');
    expect(importButton).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('says where invalid JSON breaks', async () => {
    const { user } = setup();
    await paste(user, fixture('not-json.orderflow.json'));
    expect(
      within(screen.getByRole('region', { name: 'Errors' })).getByText(/not valid JSON/),
    ).toBeInTheDocument();
  });

  it('opens a file and shows its warnings, then imports it', async () => {
    const { user, onConfirm, importButton } = setup();
    const file = new File([fixture('unknown-keys.orderflow.json')], 'legacy.orderflow.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Flow file'), file);
    expect(await screen.findByText('From legacy.orderflow.json')).toBeInTheDocument();
    const warnings = screen.getByRole('region', { name: 'Warnings' });
    // An unknown top-level key is about the file; the message names the key.
    expect(within(warnings).getByText('The whole file')).toBeInTheDocument();
    expect(within(warnings).getByText('Robot 1')).toBeInTheDocument();
    await user.click(importButton);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    const [flow, shownWarnings] = onConfirm.mock.calls[0]!;
    expect(flow.owner).toBe('maria');
    expect(shownWarnings).toHaveLength(2);
  });

  it('upgrades an older file and says so', async () => {
    const { user, importButton } = setup();
    await paste(user, read('tests/fixtures/migrations/flow.v0.json'));
    const warnings = screen.getByRole('region', { name: 'Warnings' });
    expect(within(warnings).getByText(/upgraded from version 0/)).toBeInTheDocument();
    expect(importButton).toBeEnabled();
  });

  it('reads a file dropped on the window (passed in as initialFile)', async () => {
    const file = new File([serializeFlow(DEFAULT_FLOW)], 'dropped.json');
    setup({ initialFile: file });
    expect(await screen.findByText('From dropped.json')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import flow' })).toBeEnabled());
  });

  it('summarises what the import would change in the open design', async () => {
    const incoming = { ...DEFAULT_FLOW, robots: DEFAULT_FLOW.robots.filter((r) => r.id !== 's_robocall') };
    const { user } = setup({ current: DEFAULT_FLOW });
    await paste(user, serializeFlow(incoming));
    const changes = screen.getByRole('region', { name: 'Changes to the open design' });
    expect(changes).toHaveTextContent('Compared with the open design: 1 removed.');
    expect(changes).toHaveTextContent('Robot “Delivery call” removed.');
  });

  it('Escape cancels', async () => {
    const { user, onCancel } = setup();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalled();
  });
});
