import { checkboxClass, inputClass } from '../../../ui/formStyles';
import { NumberInput } from '../../../ui/NumberInput';
import { TemplateInput } from '../TemplateInput';
import type { WidgetProps } from './types';
import { asString } from './types';

/** text, textarea and url: template fields get the `{{` autocomplete, counter and preview. */
export function TextWidget({ field, value, onChange, control, ctx }: WidgetProps) {
  const text = asString(value);
  if (field.template)
    return (
      <TemplateInput
        {...control}
        value={text}
        onChange={onChange}
        context={ctx.template}
        multiline={field.widget === 'textarea'}
        maxLength={field.maxLength}
        smsText={field.smsText}
        placeholder={field.placeholder}
        required={field.required}
      />
    );
  const shared = {
    ...control,
    value: text,
    placeholder: field.placeholder,
    'aria-required': field.required || undefined,
    className: inputClass,
  };
  return field.widget === 'textarea' ? (
    <textarea rows={3} {...shared} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <input
      type={field.widget === 'url' ? 'url' : 'text'}
      {...shared}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function NumberWidget({ field, value, onChange, control }: WidgetProps) {
  return (
    <NumberInput
      {...control}
      aria-required={field.required || undefined}
      value={typeof value === 'number' ? value : undefined}
      onValueChange={onChange}
    />
  );
}

export function CheckboxWidget({ value, onChange, control }: WidgetProps) {
  return (
    <input
      type="checkbox"
      {...control}
      className={checkboxClass}
      checked={value === true}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
