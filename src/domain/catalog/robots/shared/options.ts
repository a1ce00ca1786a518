import { EMAIL_TYPES, PHONE_TYPES } from '../../../fields';
import type { Option } from '../../types';

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

export const RESPONSIBLE_OPTION: Option = { value: 'responsible', label: 'Responsible person' };
export const SUPERVISOR_OPTION: Option = { value: 'supervisor', label: "Responsible person's supervisor" };
