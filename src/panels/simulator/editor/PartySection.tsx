import { EMAIL_TYPES, PHONE_TYPES } from '../../../domain/fields';
import { useTranslator } from '../../../i18n/react';
import { Field } from '../../../ui/Field';
import { checkboxClass, inputClass } from '../../../ui/formStyles';
import { ContactPoints } from './ContactPoints';
import { Section } from './Section';
import type { SectionProps } from './types';

/** The order's contact (with chat id) and its optional company, each with typed phone and email lists. */
export function PartySection({ scenario, edit, messages }: SectionProps) {
  const { t } = useTranslator();
  const under = (prefix: string) => (path: string) => messages.get(`${prefix}.${path}`);
  const company = scenario.company;
  return (
    <Section title={t('scenario.party.title')}>
      <Field label={t('scenario.party.contactName')} messages={messages.get('contact.name')}>
        {(c) => (
          <input
            {...c}
            className={inputClass}
            value={scenario.contact.name}
            onChange={(e) => edit((d) => void (d.contact.name = e.target.value))}
          />
        )}
      </Field>
      <ContactPoints
        list="contactPhones"
        types={PHONE_TYPES}
        items={scenario.contact.phones}
        onChange={(phones) => edit((d) => void (d.contact.phones = phones))}
        messages={under('contact.phones')}
      />
      <ContactPoints
        list="contactEmails"
        types={EMAIL_TYPES}
        items={scenario.contact.emails}
        onChange={(emails) => edit((d) => void (d.contact.emails = emails))}
        messages={under('contact.emails')}
      />
      <Field label={t('scenario.party.chat')} help={t('scenario.party.chat.hint')}>
        {(c) => (
          <input
            {...c}
            className={inputClass}
            value={scenario.contact.chat}
            onChange={(e) => edit((d) => void (d.contact.chat = e.target.value))}
          />
        )}
      </Field>
      <Field label={t('scenario.party.hasCompany')} layout="inline">
        {(c) => (
          <input
            {...c}
            type="checkbox"
            className={checkboxClass}
            checked={company !== undefined}
            onChange={(e) =>
              edit((d) => {
                if (e.target.checked) d.company = { name: '', phones: [], emails: [] };
                else delete d.company;
              })
            }
          />
        )}
      </Field>
      {company && (
        <>
          <Field label={t('scenario.party.companyName')}>
            {(c) => (
              <input
                {...c}
                className={inputClass}
                value={company.name}
                onChange={(e) => edit((d) => void (d.company!.name = e.target.value))}
              />
            )}
          </Field>
          <ContactPoints
            list="companyPhones"
            types={PHONE_TYPES}
            items={company.phones}
            onChange={(phones) => edit((d) => void (d.company!.phones = phones))}
            messages={under('company.phones')}
          />
          <ContactPoints
            list="companyEmails"
            types={EMAIL_TYPES}
            items={company.emails}
            onChange={(emails) => edit((d) => void (d.company!.emails = emails))}
            messages={under('company.emails')}
          />
        </>
      )}
    </Section>
  );
}
