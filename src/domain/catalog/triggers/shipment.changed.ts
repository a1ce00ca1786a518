import { z } from 'zod';
import { conditionLeaves, conditionSchema } from '../../condition';
import { defineTrigger } from '../types';

const settingsSchema = z.object({
  shipmentCondition: conditionSchema
    .superRefine((condition, ctx) => {
      // The condition reads the event's data.shipment, so only shipment.* paths mean anything here.
      for (const { leaf, path } of conditionLeaves(condition)) {
        if (!leaf.field.startsWith('shipment.'))
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'field'],
            message: `A shipment condition reads shipment.* fields, not "${leaf.field}"`,
          });
      }
    })
    .optional(),
});

const countLeaves = (c: unknown) => {
  const parsed = conditionSchema.safeParse(c);
  return parsed.success ? conditionLeaves(parsed.data).length : 0;
};

/** Shipment updated: the shipment changed; an optional condition over shipment.* narrows which changes. */
export const shipmentChanged = defineTrigger({
  kind: 'trigger',
  type: 'shipment.changed',
  title: 'Shipment updated',
  description: 'Moves the order when its shipment changes, optionally only for matching changes.',
  icon: 'package',
  fields: [
    {
      key: 'shipmentCondition',
      label: 'Shipment condition',
      widget: 'condition',
      eventFilter: 'shipment',
      help: 'Uses the shipment fields of the event (delivery status, tracking number, …).',
    },
  ],
  settingsSchema,
  defaults: {},
  summary: (s, { t }) => t.t('catalog.summary.shipment.changed', { count: countLeaves(s.shipmentCondition) }),
});
