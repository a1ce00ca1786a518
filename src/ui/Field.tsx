import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslator } from '../i18n/react';
import { labelClass } from './formStyles';

/** What a control inside a Field needs to be named and described. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean | undefined;
}

interface FieldProps {
  label: string;
  required?: boolean;
  help?: string | undefined;
  /** Inline messages (required, invalid, lint) shown under the control. */
  messages?: readonly string[] | undefined;
  /**
   * `group` renders a fieldset with a legend, for widgets made of several controls (lists, pairs);
   * otherwise a label points at the one control the render function draws.
   */
  group?: boolean;
  /** Where the label goes: above the control, or after it (checkboxes). */
  layout?: 'stacked' | 'inline';
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form row: label (with a visible required mark), the control, help text and messages.
 * The mark sits outside the <label> so the accessible name stays the plain label; screen readers
 * learn "required" from the control itself (aria-required) and from the description.
 */
export function Field({ label, required, help, messages, group, layout = 'stacked', children }: FieldProps) {
  const id = useId();
  const { t } = useTranslator();
  const helpId = `${id}-help`;
  const messagesId = `${id}-messages`;
  const hasMessages = !!messages && messages.length > 0;
  const describedBy =
    [help ? helpId : '', hasMessages ? messagesId : ''].filter(Boolean).join(' ') || undefined;
  const control: FieldControlProps = {
    id: `${id}-control`,
    'aria-describedby': describedBy,
    'aria-invalid': hasMessages || undefined,
  };
  const mark = required ? (
    <span
      aria-hidden="true"
      title={t('inspector.field.required')}
      className="ml-0.5 text-rose-600 dark:text-rose-400"
    >
      *
    </span>
  ) : null;
  const footer = (
    <>
      {help && (
        <p id={helpId} className="text-[11px] leading-4 text-fg-muted">
          {help}
        </p>
      )}
      {hasMessages && (
        <ul id={messagesId} className="space-y-0.5 text-[11px] leading-4 text-danger">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </>
  );

  if (group) {
    return (
      <fieldset
        className="min-w-0 space-y-1.5"
        aria-describedby={describedBy}
        aria-invalid={hasMessages || undefined}
      >
        <legend className={labelClass}>
          {label}
          {mark}
        </legend>
        {children(control)}
        {footer}
      </fieldset>
    );
  }
  if (layout === 'inline') {
    return (
      <div className="space-y-1">
        <div className="flex items-center gap-2">
          {children(control)}
          <label htmlFor={control.id} className="text-sm text-fg-soft">
            {label}
          </label>
          {mark}
        </div>
        {footer}
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <div className="flex items-baseline">
        <label htmlFor={control.id} className={labelClass}>
          {label}
        </label>
        {mark}
      </div>
      {children(control)}
      {footer}
    </div>
  );
}
