import type { Environment } from '../../../domain/scenario';
import { useTranslator } from '../../../i18n/react';
import { Field } from '../../../ui/Field';
import { NumberInput } from '../../../ui/NumberInput';
import { checkboxClass, linkButtonClass } from '../../../ui/formStyles';
import { Section } from './Section';
import type { SectionProps } from './types';

/**
 * Reference-data overrides: the lists a run uses instead of the backend's (each key given replaces
 * that list, docs/semantics.md §5). The common what-ifs are one click: an SMS provider not configured, no mailbox.
 */
export function EnvironmentSection({
  scenario,
  edit,
  messages,
  environment,
}: SectionProps & { environment: Environment }) {
  const { t } = useTranslator();
  const given = scenario.environment ?? {};
  const providers = given.smsProviders ?? environment.smsProviders;
  const overridden = Object.keys(given).length > 0;
  return (
    <Section title={t('scenario.environment.title')}>
      <fieldset className="space-y-1">
        <legend className="text-xs font-medium text-slate-700 dark:text-slate-300">
          {t('scenario.environment.smsProviders')}
        </legend>
        {providers.map((p, i) => (
          <label key={p.id} className="flex items-center gap-1.5 text-xs text-fg-soft">
            <input
              type="checkbox"
              className={checkboxClass}
              checked={p.configured}
              onChange={(e) =>
                edit((d) => {
                  const list = providers.map((x, j) =>
                    j === i ? { ...x, configured: e.target.checked } : x,
                  );
                  d.environment = { ...d.environment, smsProviders: list };
                })
              }
            />
            {t('scenario.environment.smsConfigured', { name: p.name })}
          </label>
        ))}
      </fieldset>
      <Field label={t('scenario.environment.noMailboxes')} layout="inline">
        {(c) => (
          <input
            {...c}
            type="checkbox"
            className={checkboxClass}
            checked={given.mailboxes !== undefined && given.mailboxes.length === 0}
            onChange={(e) =>
              edit((d) => {
                const env = { ...d.environment };
                if (e.target.checked) env.mailboxes = [];
                else delete env.mailboxes;
                d.environment = env;
              })
            }
          />
        )}
      </Field>
      <Field label={t('scenario.environment.noNumbers')} layout="inline">
        {(c) => (
          <input
            {...c}
            type="checkbox"
            className={checkboxClass}
            checked={given.numbers !== undefined && given.numbers.length === 0}
            onChange={(e) =>
              edit((d) => {
                const env = { ...d.environment };
                if (e.target.checked) env.numbers = [];
                else delete env.numbers;
                d.environment = env;
              })
            }
          />
        )}
      </Field>
      <Field
        label={t('scenario.environment.codeSequence')}
        messages={messages.get('environment.codeSequence')}
      >
        {(c) => (
          <NumberInput
            {...c}
            min={0}
            value={given.codeSequence ?? environment.codeSequence}
            onValueChange={(v) =>
              edit((d) => {
                const env = { ...d.environment };
                if (v === undefined) delete env.codeSequence;
                else env.codeSequence = v;
                d.environment = env;
              })
            }
          />
        )}
      </Field>
      {overridden && (
        <button
          type="button"
          className={linkButtonClass}
          onClick={() => edit((d) => void delete d.environment)}
        >
          {t('scenario.environment.reset')}
        </button>
      )}
    </Section>
  );
}
