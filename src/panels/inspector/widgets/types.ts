import type { SettingField } from '../../../domain/catalog';
import type { Status } from '../../../domain/flow';
import type { Environment } from '../../../domain/scenario';
import type { FieldControlProps } from '../../../ui/Field';
import type { TemplateContext } from '../types';

/** What every generated widget may read besides its own value. */
export interface WidgetContext {
  environment: Environment;
  statuses: readonly Status[];
  template: TemplateContext;
  /** The robot or trigger being edited (a webhook code is derived from it). */
  nodeId: string;
  /** Where the backend is served, for the webhook URL. */
  apiBaseUrl: string;
}

export interface WidgetProps {
  field: SettingField;
  value: unknown;
  /** Undefined removes the setting from the document. */
  onChange: (value: unknown) => void;
  control: FieldControlProps;
  ctx: WidgetContext;
  messages: readonly string[];
}

export const asString = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : typeof v === 'object' ? '' : String(v);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
