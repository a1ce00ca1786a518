import type { InsertNaming } from '../../domain/templateParts';
import type { Command, CommandResult } from '../../domain/commands';
import type { FieldResolver } from '../../domain/conditions';

/** The store's dispatch, narrowed to what the inspector needs (capture options are the store's business). */
export type Dispatch = (command: Command) => CommandResult;

/** A `{{path}}` the template autocomplete offers. */
export interface TemplateSuggestion {
  path: string;
  label: string;
  /** "Order", "Contact", … or "Earlier robots": a heading for the list. */
  group: string;
}

/** What template fields need besides their value: the autocomplete list and the sample-order preview. */
export interface TemplateContext {
  suggestions: readonly TemplateSuggestion[];
  /** Reads a path from the sample order, for the live preview. */
  resolve: FieldResolver;
  /** Whose data the preview shows, e.g. "Emma Wilson's sample order". */
  sampleLabel: string;
  /** How inserts are named for people (field labels, earlier robots' names). */
  naming?: InsertNaming | undefined;
}
