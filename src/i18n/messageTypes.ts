import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type en from './messages/all.en';

/** Every key of the designer's messages; English is the reference list (docs/i18n.md). */
export type MessageKey = keyof typeof en;

/**
 * A message as written (an ICU string) or as compiled by the build (docs/i18n.md, "Compiled
 * messages"): a plain text stays a string, anything with arguments becomes its syntax tree.
 */
export type CompiledMessage = string | MessageFormatElement[];
export type Messages = Readonly<Record<string, CompiledMessage>>;

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;
