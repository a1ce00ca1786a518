import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SettingField, SettingWidget } from '../../../src/domain/catalog';
import { robotDefinition, triggerDefinition } from '../../../src/domain/catalog';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { ROBOT_TYPES, TRIGGER_TYPES } from '../../../src/domain/types';
import { SettingsForm, buildTemplateContext, defaultSampleOrder } from '../../../src/panels/inspector';

const template = buildTemplateContext(DEFAULT_FLOW, undefined, DEFAULT_ENVIRONMENT, defaultSampleOrder());
const definitions = [
  ...ROBOT_TYPES.map((t) => robotDefinition(t)),
  ...TRIGGER_TYPES.map((t) => triggerDefinition(t)),
];

function renderForm(type: string, settings: Record<string, unknown>) {
  const def = definitions.find((d) => d.type === type)!;
  return render(
    <SettingsForm
      definition={def}
      settings={settings}
      onChange={() => {}}
      environment={DEFAULT_ENVIRONMENT}
      statuses={DEFAULT_FLOW.statuses}
      template={template}
      nodeId="node_1"
      apiBaseUrl="https://shop.example"
    />,
  );
}

const GROUPS: ReadonlySet<SettingWidget> = new Set([
  'multiselect',
  'stringList',
  'keyValue',
  'fieldAssignments',
  'interval',
  'condition',
]);

/** The control (or fieldset) a user finds by the field's label. */
const control = (field: SettingField) =>
  GROUPS.has(field.widget)
    ? screen.getByRole('group', { name: field.label })
    : screen.getByLabelText(field.label, { selector: 'input, textarea, select' });

const visible = (fields: readonly SettingField[], settings: Record<string, unknown>) =>
  fields.filter((f) => !f.visibleWhen || settings[f.visibleWhen.key] === f.visibleWhen.equals);

/** A value a user could reach (or an imported document could carry) that the type must reject. */
const BAD: Record<SettingWidget, unknown> = {
  text: 42,
  textarea: 42,
  number: 'many',
  checkbox: 'yes',
  select: 42,
  multiselect: 'everyone',
  stringList: [1],
  keyValue: { discount: 5 },
  fieldAssignments: [{ field: '', value: 'x' }],
  interval: { value: -1, unit: 'days' },
  condition: { field: 'order.paid', op: 'eq', value: true },
  url: 'not a link',
  webhookCode: 'bad code!',
};

describe('SettingsForm for every catalog type', () => {
  it.each(definitions.map((d) => [d.type, d] as const))(
    '%s: labels, required marks, and required messages on an empty form',
    (_type, def) => {
      renderForm(def.type, def.defaults as Record<string, unknown>);
      const shown = visible(def.fields, def.defaults as Record<string, unknown>);
      for (const field of shown) expect(control(field)).toBeInTheDocument();
      expect(screen.queryAllByTitle('Required')).toHaveLength(shown.filter((f) => f.required).length);
      if (def.fields.length === 0) expect(screen.getByText(/has no settings/)).toBeInTheDocument();

      document.body.innerHTML = '';
      renderForm(def.type, {});
      for (const field of visible(def.fields, {})) {
        const el = control(field);
        if (field.required) {
          expect(el).toHaveAttribute('aria-invalid', 'true');
          expect(el).toHaveAccessibleDescription(/required|Enter|Choose|needs|Add at least/);
        } else {
          expect(el).not.toHaveAttribute('aria-invalid');
        }
      }
    },
  );

  it.each(definitions.filter((d) => d.fields.length > 0).map((d) => [d.type, d] as const))(
    '%s: every field says when its value is invalid',
    (_type, def) => {
      for (const field of def.fields) {
        const settings: Record<string, unknown> = {
          ...(def.defaults as Record<string, unknown>),
          ...(field.visibleWhen ? { [field.visibleWhen.key]: field.visibleWhen.equals } : {}),
          [field.key]: BAD[field.widget],
        };
        const view = renderForm(def.type, settings);
        const el = control(field);
        expect(el, `${def.type}.${field.key}`).toHaveAttribute('aria-invalid', 'true');
        expect(el).toHaveAccessibleDescription(/\S/);
        view.unmount();
      }
    },
  );

  it('fills selects from the reference data plus the extra options', () => {
    renderForm('email.send', { from: 'auto', subject: 's', body: 'b' });
    const from = screen.getByLabelText('From', { selector: 'select' });
    const names = within(from)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual([
      'Not set',
      'Auto select',
      'Orders <orders@shop.example>',
      'Billing <billing@shop.example>',
    ]);
  });

  it('offers the flow statuses for a status setting', () => {
    renderForm('order.status', {});
    const select = screen.getByLabelText('Status', { selector: 'select' });
    expect(within(select).getByRole('option', { name: 'Canceled (Failure)' })).toBeInTheDocument();
  });

  it('follows visibleWhen: robocall text in text mode, recording link in audio mode', () => {
    const view = renderForm('call.robocall', { mode: 'text', from: 'num-main', text: 'Hi' });
    expect(screen.getByLabelText('Text', { selector: 'textarea' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Recording link')).not.toBeInTheDocument();
    view.unmount();
    renderForm('call.robocall', { mode: 'audio', from: 'num-main', audioUrl: 'https://x.example/a.mp3' });
    expect(screen.queryByLabelText('Text', { selector: 'textarea' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Recording link')).not.toHaveAttribute('aria-invalid');
  });
});
