import { EMAIL_TYPES, PHONE_TYPES } from '../../../fields';
import type { Option } from '../../types';
import { englishTranslator } from '../../../../i18n/english';
import type { Translator } from '../../../../i18n/translator';

/** SMS and robocall texts: the limit applies to the rendered text (docs/semantics.md §3.1). */
export const TEXT_LIMIT = 200;
export const TEXT_TOO_LONG = `Message text exceeds ${TEXT_LIMIT} characters`;
export const NO_PHONE = 'Phone number is not specified';

const titleCase = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

export const PHONE_TYPE_VALUES = ['auto', ...PHONE_TYPES] as const;
export const EMAIL_TYPE_VALUES = ['auto', ...EMAIL_TYPES] as const;

export const PHONE_TYPE_OPTIONS: readonly Option[] = [
  { value: 'auto', label: 'Auto select' },
  ...PHONE_TYPES.map((t) => ({ value: t, label: titleCase(t) })),
];
export const EMAIL_TYPE_OPTIONS: readonly Option[] = [
  { value: 'auto', label: 'Auto select' },
  ...EMAIL_TYPES.map((t) => ({ value: t, label: titleCase(t) })),
];

/** "mobile", "work": how a card names a phone or email type. */
export const typeWord = (type: string | undefined): string =>
  !type || type === 'auto' ? 'client' : type.toLowerCase();

/** The type as an ICU select word; OTHER reads `another`, since `other` is the select's fallback. */
const pointKey = (type: string | undefined, known: readonly string[]): string =>
  type && known.includes(type) ? (type === 'OTHER' ? 'another' : type.toLowerCase()) : 'auto';

/** Where a call or an SMS goes, for a card: English "client", "mobile"; Russian «клиенту», «на мобильный». */
export const phoneTo = (type: string | undefined, { t }: Translator = englishTranslator): string =>
  t('catalog.summary.phoneTo', { type: pointKey(type, PHONE_TYPES) });

/** Where an email goes, for a card: English "client", "work"; Russian «клиенту», «на рабочий адрес». */
export const emailTo = (type: string | undefined, { t }: Translator = englishTranslator): string =>
  t('catalog.summary.emailTo', { type: pointKey(type, EMAIL_TYPES) });

export const RESPONSIBLE_OPTION: Option = { value: 'responsible', label: 'Responsible person' };
export const SUPERVISOR_OPTION: Option = { value: 'supervisor', label: "Responsible person's supervisor" };
