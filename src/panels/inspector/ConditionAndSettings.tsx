import type { Condition } from '../../domain/condition';
import type { FieldInfo } from '../../domain/fields';
import { useTranslator } from '../../i18n/react';
import { ConditionBuilder } from './ConditionBuilder';
import { Section } from './Section';
import type { SettingsFormProps } from './SettingsForm';
import { SettingsForm } from './SettingsForm';

type Props = Omit<SettingsFormProps, 'extraMessages'> & {
  condition: Condition | undefined;
  /** Order fields a condition may test (custom fields included). */
  fields: readonly FieldInfo[];
  /** What an empty condition means for this kind of node. */
  emptyText: string;
  onConditionChange: (condition: Condition | null) => void;
  /** Lint messages per setting key; `condition` holds the condition's own. */
  inline: Readonly<Record<string, readonly string[]>>;
};

/** The "Only if" and "Settings" sections robots and triggers share in the inspector. */
export function ConditionAndSettings({
  condition,
  fields,
  emptyText,
  onConditionChange,
  inline,
  ...form
}: Props) {
  const { t } = useTranslator();
  return (
    <>
      <Section title={t('inspector.section.onlyIf')}>
        <ConditionBuilder
          value={condition}
          fields={fields}
          emptyText={emptyText}
          onChange={(next) => onConditionChange(next ?? null)}
          messages={inline.condition ?? []}
        />
      </Section>
      <Section title={t('inspector.section.settings')}>
        <SettingsForm {...form} extraMessages={inline} />
      </Section>
    </>
  );
}
