import type { RobotDefinition, SettingField, TriggerDefinition } from '../../domain/catalog';
import type { Condition } from '../../domain/condition';
import { conditionSchema } from '../../domain/condition';
import { orderFields, SHIPMENT_FIELDS } from '../../domain/fields';
import type { Status } from '../../domain/flow';
import type { Environment } from '../../domain/scenario';
import { catalogTitle } from '../../i18n/catalogText';
import { useTranslator } from '../../i18n/react';
import { Field } from '../../ui/Field';
import { catalogIssueMessage, localizedFields } from '../../i18n/catalogFields';
import { ConditionBuilder } from './ConditionBuilder';
import { isFieldVisible, settingsMessages } from './settingsMessages';
import type { TemplateContext } from './types';
import { GROUP_WIDGETS, Widget } from './widgets';
import type { WidgetContext } from './widgets';

export interface SettingsFormProps {
  definition: RobotDefinition | TriggerDefinition;
  settings: Readonly<Record<string, unknown>>;
  onChange: (settings: Record<string, unknown>) => void;
  environment: Environment;
  /** The flow's statuses (the `statuses` reference list). */
  statuses: readonly Status[];
  template: TemplateContext;
  /** The robot or trigger id (webhook codes are derived from it). */
  nodeId: string;
  /** Base of the URL shown for webhooks; `/api/hooks/<code>` is appended. */
  apiBaseUrl: string;
  /** More messages per setting key, e.g. lint problems of this node that the schema cannot see. */
  extraMessages?: Readonly<Record<string, readonly string[]>>;
}

const conditionFields = (field: SettingField, env: Environment) =>
  // A shipment condition reads the event's data.shipment; any other condition reads the order.
  field.eventFilter === 'shipment' ? SHIPMENT_FIELDS : orderFields(env.customFields);

/**
 * The settings form of one catalog type, generated from its field metadata: required marks,
 * `visibleWhen`, reference selects, and inline messages recomputed on every change.
 */
export function SettingsForm(props: SettingsFormProps) {
  const { definition, settings, onChange, environment, extraMessages = {} } = props;
  const translator = useTranslator();
  // The catalog's labels, help and options, and its schemas' messages, in the designer's language.
  const fields = localizedFields(translator, definition.kind, definition.type, definition.fields);
  const messages = settingsMessages(fields, definition.settingsSchema, settings, translator);
  const { t } = translator;
  const ctx: WidgetContext = {
    environment,
    statuses: props.statuses,
    template: props.template,
    nodeId: props.nodeId,
    apiBaseUrl: props.apiBaseUrl,
  };
  const set = (key: string, value: unknown) => {
    const next: Record<string, unknown> = { ...settings };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const messagesFor = (key: string) => [
    ...(messages[key] ?? []).map((m) => catalogIssueMessage(translator, m)),
    ...(extraMessages[key] ?? []),
  ];
  const loose = messagesFor('');

  if (fields.length === 0)
    return (
      <p className="text-xs text-fg-muted">
        {t('inspector.settings.none', { title: catalogTitle(translator, definition.kind, definition.type) })}
      </p>
    );

  return (
    <div className="space-y-3">
      {loose.length > 0 && (
        <ul className="space-y-0.5 text-[11px] text-danger">
          {loose.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {fields
        .filter((field) => isFieldVisible(field, settings))
        .map((field) => {
          const value = settings[field.key];
          const fieldMessages = messagesFor(field.key);
          if (field.widget === 'condition') {
            const parsed = conditionSchema.safeParse(value);
            return (
              <div key={field.key} data-setting-key={field.key} className="space-y-1">
                <ConditionBuilder
                  label={field.label}
                  fields={conditionFields(field, environment)}
                  value={parsed.success ? (parsed.data as Condition) : undefined}
                  onChange={(c) => set(field.key, c)}
                  emptyText={t('inspector.settings.conditionEmpty')}

                  messages={fieldMessages}
                  help={field.help}
                />
              </div>
            );
          }
          // data-setting-key: the problems panel focuses a setting by its key, whatever its label.
          return (
            <div key={field.key} data-setting-key={field.key}>
              <Field
                label={field.label}
                required={field.required}
                help={field.help}
                messages={fieldMessages}
                group={GROUP_WIDGETS.has(field.widget)}
                layout={field.widget === 'checkbox' ? 'inline' : 'stacked'}
              >
                {(control) => (
                  <Widget
                    field={field}
                    value={value}
                    onChange={(v) => set(field.key, v)}
                    control={control}
                    ctx={ctx}
                    messages={fieldMessages}
                  />
                )}
              </Field>
            </div>
          );
        })}
    </div>
  );
}
