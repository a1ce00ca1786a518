import type { SettingWidget } from '../../../domain/catalog';
import { CheckboxWidget, NumberWidget, TextWidget } from './TextWidgets';
import { MultiSelectWidget, SelectWidget } from './SelectWidgets';
import { FieldAssignmentsWidget, KeyValueWidget, StringListWidget } from './ListWidgets';
import { IntervalWidget } from './IntervalWidget';
import { WebhookCodeWidget } from './WebhookCodeWidget';
import type { WidgetProps } from './types';

export type { WidgetContext, WidgetProps } from './types';
export { webhookCodeFor, webhookUrl } from './WebhookCodeWidget';

/** Widgets drawn as several controls: the form wraps them in a fieldset with a legend. */
export const GROUP_WIDGETS: ReadonlySet<SettingWidget> = new Set([
  'multiselect',
  'stringList',
  'keyValue',
  'fieldAssignments',
  'interval',
]);

/**
 * The one table from catalog widget kind to component. `condition` is drawn by the form itself
 * (it needs the field list); the exhaustive switch (lint: switch-exhaustiveness-check) makes a new widget kind an error here.
 */
export function Widget(props: WidgetProps) {
  const widget = props.field.widget;
  switch (widget) {
    case 'text':
    case 'textarea':
    case 'url':
      return <TextWidget {...props} />;
    case 'number':
      return <NumberWidget {...props} />;
    case 'checkbox':
      return <CheckboxWidget {...props} />;
    case 'select':
      return <SelectWidget {...props} />;
    case 'multiselect':
      return <MultiSelectWidget {...props} />;
    case 'stringList':
      return <StringListWidget {...props} />;
    case 'keyValue':
      return <KeyValueWidget {...props} />;
    case 'fieldAssignments':
      return <FieldAssignmentsWidget {...props} />;
    case 'interval':
      return <IntervalWidget {...props} />;
    case 'webhookCode':
      return <WebhookCodeWidget {...props} />;
    case 'condition':
      return null;
  }
}
