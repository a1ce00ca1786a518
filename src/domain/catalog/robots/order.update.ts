import { listing } from '../summary';
import { z } from 'zod';
import { defineRobot } from '../types';
import { involvesNoOne, noClientMessage, row } from './shared/declarations';
import { coerceFieldValue, unknownField, writableField, wrongType } from './shared/fieldValues';

const assignmentSchema = z.object({
  field: z.string('Choose the field to change').min(1, 'Choose the field to change'),
  value: z.unknown(),
});

const settingsSchema = z.object({
  fields: z
    .array(assignmentSchema, 'Add at least one field to change')
    .min(1, 'Add at least one field to change'),
  append: z.boolean().optional(),
});
export type OrderUpdateSettings = z.infer<typeof settingsSchema>;

/** Edit order fields: writes values (templates or literals) into order and contact fields. */
export const orderUpdate = defineRobot({
  kind: 'robot',
  type: 'order.update',
  title: 'Edit order fields',
  group: 'order',
  description: 'Changes order fields to fixed values or values built from other fields.',
  icon: 'edit',
  fields: [
    {
      key: 'fields',
      label: 'Fields',
      widget: 'fieldAssignments',
      required: true,
      template: true,
      reference: 'customFields',
    },
    {
      key: 'append',
      label: 'Add to list fields',
      widget: 'checkbox',
      help: 'Phones and emails are added to the list instead of replacing it.',
    },
  ],
  settingsSchema,
  defaults: { fields: [], append: false },
  summary: (s, { names, t }) => {
    const paths = (s.fields ?? []).map((a) => a.field).filter(Boolean);
    return paths.length
      ? t.t('catalog.summary.order.update', {
          fields: listing(
            paths.map((p) => names.field(p)),
            t,
          ),
        })
      : t.t('catalog.summary.order.update.none');
  },
  emits: [],
  moves: null,
  // Settings are read before validation (lint reports them): rows that name no field write nothing.
  writes: (s) =>
    (Array.isArray(s.fields) ? (s.fields as unknown[]) : []).flatMap((a) =>
      a && typeof a === 'object' && 'field' in a && typeof a.field === 'string' && a.field !== ''
        ? [a.field]
        : [],
    ),
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: (o) => Object.entries((o.fields ?? {}) as Record<string, unknown>).map(([k, v]) => row(k, v)),
  outputLabels: { fields: 'Changed fields' },
  effect: (settings, ctx) => {
    // All or nothing: every assignment is checked before any is applied.
    const fields: Record<string, unknown> = {};
    for (const { field: path, value } of settings.fields ?? []) {
      const field = writableField(ctx, path);
      if (!field) return { ok: false, error: unknownField(path) };
      const given = typeof value === 'string' ? ctx.render(value) : value;
      const current = path in fields ? fields[path] : ctx.get(path);
      const coerced = coerceFieldValue(field, given, current, settings.append ?? false);
      if (!coerced.ok) return { ok: false, error: wrongType(path, field.type) };
      fields[path] = coerced.value;
    }
    return { ok: true, output: { fields }, set: fields };
  },
});
