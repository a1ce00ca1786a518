import type { EMAIL_TYPES, PHONE_TYPES } from '../fields';

export type PhoneType = (typeof PHONE_TYPES)[number];
export type EmailType = (typeof EMAIL_TYPES)[number];
