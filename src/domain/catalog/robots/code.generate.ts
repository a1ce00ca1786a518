import { z } from 'zod';
import { FIELD_CATALOG } from '../../fields';
import { defineRobot, type EffectContext } from '../types';
import { involvesNoOne, noClientMessage, row } from './shared/declarations';
import { coerceFieldValue, unknownField, writableField, wrongType } from './shared/fieldValues';

const DEFAULT_FIELD = 'order.accountNumber';

const settingsSchema = z.object({
  pattern: z.string('Enter the number pattern').min(1, 'Enter the number pattern'),
  field: z.string().min(1, 'Choose the field that receives the number').optional(),
});
export type CodeGenerateSettings = z.infer<typeof settingsSchema>;

/** The calendar tokens and `{seq:N}`; single braces only, so `{{path}}` inserts are left alone. */
const TOKEN = /(?<!\{)\{(yyyy|yy|mm|dd|seq:(\d{1,2}))\}(?!\})/g;

/** Expands a pattern for a run instant: tokens first (digits only), then `{{path}}` templates. */
export function expandCodePattern(pattern: string, ctx: EffectContext): string {
  const { year, month, day } = ctx.calendar(ctx.now);
  const two = (n: number) => String(n).padStart(2, '0');
  const withTokens = pattern.replace(TOKEN, (_all, token: string, width?: string) => {
    if (width !== undefined) return String(ctx.codeSequence).padStart(Number(width), '0');
    if (token === 'yyyy') return String(year).padStart(4, '0');
    if (token === 'yy') return two(year % 100);
    if (token === 'mm') return two(month);
    return two(day);
  });
  return ctx.render(withTokens);
}

const TARGET_OPTIONS = FIELD_CATALOG.filter((f) => f.group === 'order' && f.type === 'string').map((f) => ({
  value: f.path,
  label: f.label,
}));

/** Generate order number: builds a code from date parts, a run-wide sequence and order values. */
export const codeGenerate = defineRobot({
  kind: 'robot',
  type: 'code.generate',
  title: 'Generate order number',
  group: 'order',
  description: 'Generates an order number from a pattern with the date and a running sequence.',
  icon: 'hash',
  fields: [
    {
      key: 'pattern',
      label: 'Pattern',
      widget: 'text',
      required: true,
      template: true,
      placeholder: 'ORD-{yyyy}-{seq:5}',
      help: '{yyyy} {yy} {mm} {dd}: the run date; {seq:N}: the sequence with N digits; {{path}}: an order value.',
    },
    { key: 'field', label: 'Write into', widget: 'select', options: TARGET_OPTIONS, writesField: true },
  ],
  settingsSchema,
  defaults: { pattern: 'ORD-{yyyy}-{seq:5}', field: DEFAULT_FIELD },
  summary: (s, { names, t }) =>
    s.pattern
      ? t.t('catalog.summary.code.generate', {
          pattern: s.pattern,
          field: names.field(s.field || DEFAULT_FIELD),
        })
      : t.t('catalog.summary.code.generate.none'),
  emits: [],
  moves: null,
  writes: (s) => [typeof s.field === 'string' && s.field !== '' ? s.field : DEFAULT_FIELD],
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: (o) => [row('Code', o.code)],
  outputLabels: { code: 'Code' },
  effect: (settings, ctx) => {
    const path = settings.field || DEFAULT_FIELD;
    const field = writableField(ctx, path);
    if (!field) return { ok: false, error: unknownField(path) };
    const code = expandCodePattern(settings.pattern ?? '', ctx);
    const coerced = coerceFieldValue(field, code, undefined, false);
    if (!coerced.ok) return { ok: false, error: wrongType(path, field.type) };
    return { ok: true, output: { code }, set: { [path]: coerced.value }, usedCodeSequence: true };
  },
});
