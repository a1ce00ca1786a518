import { EMAIL_TYPES, PHONE_TYPES } from '../../../domain/fields';
import { Field } from '../../../ui/Field';
import { checkboxClass, inputClass } from '../../../ui/formStyles';
import { ContactPoints } from './ContactPoints';
import { Section } from './Section';
import type { SectionProps } from './types';

/** The order's contact (with chat id) and its optional company, each with typed phone and email lists. */
export function PartySection({ scenario, edit, messages }: SectionProps) {
  const under = (prefix: string) => (path: string) => messages.get(`${prefix}.${path}`);
  const company = scenario.company;
  return (
    <Section title="Contact and company">
      <Field label="Contact name" messages={messages.get('contact.name')}>
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
        noun="Phone"
        owner="Contact"
        types={PHONE_TYPES}
        items={scenario.contact.phones}
        onChange={(phones) => edit((d) => void (d.contact.phones = phones))}
        messages={under('contact.phones')}
      />
      <ContactPoints
        noun="Email"
        owner="Contact"
        types={EMAIL_TYPES}
        items={scenario.contact.emails}
        onChange={(emails) => edit((d) => void (d.contact.emails = emails))}
        messages={under('contact.emails')}
      />
      <Field label="Chat id" help="The client's open-channel chat; empty when there is none">
        {(c) => (
          <input
            {...c}
            className={inputClass}
            value={scenario.contact.chat}
            onChange={(e) => edit((d) => void (d.contact.chat = e.target.value))}
          />
        )}
      </Field>
      <Field label="The order has a company" layout="inline">
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
          <Field label="Company name">
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
            noun="Phone"
            owner="Company"
            types={PHONE_TYPES}
            items={company.phones}
            onChange={(phones) => edit((d) => void (d.company!.phones = phones))}
            messages={under('company.phones')}
          />
          <ContactPoints
            noun="Email"
            owner="Company"
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
