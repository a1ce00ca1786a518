import { catalogFieldLabel, catalogIssueMessage } from '../../../i18n/catalogFields';
import { conditionSchema } from '../../condition';
import { parseTemplate } from '../../templates';
import { isEmptySetting, isVisible, describeNode, lintNodes } from '../nodes';
import { problem } from '../problem';
import type { LintProblem, LintRule } from '../types';
import { checkWithSchema } from '../zodIssues';

/** OF101 required settings, OF102 values the type's settings schema rejects. */
export const settingsRule: LintRule = {
  name: 'settings',
  codes: ['OF101', 'OF102'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const n of lintNodes(ctx)) {
      const settings = n.node.settings;
      const missing = new Set<string>();
      for (const field of n.def.fields) {
        if (!field.required || !isVisible(field, settings) || !isEmptySetting(settings[field.key])) continue;
        missing.add(field.key);
        out.push(
          problem(
            'OF101',
            [...n.path, 'settings', field.key],
            ctx.t('lint.msg.OF101', {
              field: catalogFieldLabel(ctx.translator, n.kind, n.node.type, field),
              node: describeNode(n, ctx),
            }),
          ),
        );
      }
      const checked = checkWithSchema(n.def.settingsSchema, settings, ctx.translator);
      if (checked.ok) continue;
      for (const p of checked.problems) {
        const key = typeof p.path[0] === 'string' ? p.path[0] : undefined;
        if (key !== undefined && missing.has(key)) continue; // already said, in friendlier words
        // A well-formed condition setting is judged field by field by the conditions rule.
        const widget = n.def.fields.find((f) => f.key === key)?.widget;
        if (widget === 'condition' && key && conditionSchema.safeParse(settings[key]).success) continue;
        out.push(
          problem(
            'OF102',
            [...n.path, 'settings', ...p.path],
            ctx.t('lint.msg.OF102', {
              node: describeNode(n, ctx),
              // A message the catalog's schema wrote itself, in the context's language.
              detail: catalogIssueMessage(ctx.translator, p.message),
            }),
          ),
        );
      }
    }
    return out;
  },
};

/** OF103: literal text over the limit (SMS and robocall texts, 200 characters). */
export const textLimitRule: LintRule = {
  name: 'text-limit',
  codes: ['OF103'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const n of lintNodes(ctx)) {
      for (const field of n.def.fields) {
        const value = n.node.settings[field.key];
        if (field.maxLength === undefined || typeof value !== 'string' || !isVisible(field, n.node.settings))
          continue;
        // Inserted values are unknown until the robot runs; the literal part alone is a lower bound.
        const literal = parseTemplate(value).reduce(
          (sum, part) => sum + (part.kind === 'text' ? part.value.length : 0),
          0,
        );
        if (literal <= field.maxLength) continue;
        out.push(
          problem(
            'OF103',
            [...n.path, 'settings', field.key],
            ctx.t('lint.msg.OF103', {
              // English reads the label in running text ("the text of …"); Russian quotes it as it is.
              field:
                ctx.translator.locale === 'en'
                  ? field.label.toLowerCase()
                  : catalogFieldLabel(ctx.translator, n.kind, n.node.type, field),
              node: describeNode(n, ctx),
              count: literal,
              max: field.maxLength,
            }),
          ),
        );
      }
    }
    return out;
  },
};
