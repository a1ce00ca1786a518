import type { z } from 'zod';
import { checkWithSchema } from '../domain/lint/zodIssues';
import type { IoProblem } from './problems';
import { jsonPath } from './problems';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';

export { describeValue } from '../domain/lint/zodIssues';

/**
 * Validates with a zod schema; on failure returns OF004 problems with JSON paths and plain sentences
 * in the translator's language.
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  translator: Translator = englishTranslator,
): { ok: true; value: z.infer<S> } | { ok: false; errors: IoProblem[] } {
  const result = checkWithSchema(schema, value, translator);
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.problems.map((p) => ({
      code: 'OF004',
      path: jsonPath(p.path),
      message: sentence(p.message),
    })),
  };
}

/** Messages written on schemas ("Expected a colour as #rrggbb") lack the full stop the others have. */
function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
