import type { ClientMessage, OutputRow, OutputValueKind, PeopleDeclaration } from '../../types';

/*
 * Small helpers for the facts every robot module declares, so the common answers ("writes nothing",
 * "involves no one") read the same everywhere and a module states only what is particular to it.
 */

export const writesNothing = (): readonly string[] => [];
export const involvesNoOne = (): PeopleDeclaration | undefined => undefined;
export const noClientMessage = (): ClientMessage | undefined => undefined;

/** One output row. */
export const row = (label: string, value: unknown, as: OutputValueKind = 'text'): OutputRow => ({
  label,
  value,
  as,
});

/** Every key of the output as a text row, for robots whose output has no better reading. */
export const outputAsIs = (output: Readonly<Record<string, unknown>>): OutputRow[] =>
  Object.entries(output).map(([key, value]) => row(key, value));

/** A non-empty string setting, else undefined. */
export const setText = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
