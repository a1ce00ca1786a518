import { describe, expect, it } from 'vitest';
import {
  ROBOT_DEFINITIONS,
  TRIGGER_DEFINITIONS,
  paletteGroups,
  type ReferenceList,
  type SettingField,
} from '../../../src/domain/catalog';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { ROBOT_TYPES, TRIGGER_TYPES } from '../../../src/domain/types';

// The lists a select may read: the reference data of docs/semantics.md §7 plus the flow's own statuses.
const VALID_LISTS = new Set<string>([...Object.keys(DEFAULT_ENVIRONMENT), 'statuses']);
const allDefinitions = [...Object.values(ROBOT_DEFINITIONS), ...Object.values(TRIGGER_DEFINITIONS)];

describe('catalog registry', () => {
  it('has a robot module for every robot type, declared under its own literal', () => {
    for (const type of ROBOT_TYPES) {
      expect(ROBOT_DEFINITIONS[type].type).toBe(type);
      expect(ROBOT_DEFINITIONS[type].kind).toBe('robot');
    }
    expect(Object.keys(ROBOT_DEFINITIONS).sort()).toEqual([...ROBOT_TYPES].sort());
  });

  it('has a trigger module for every trigger type, declared under its own literal', () => {
    for (const type of TRIGGER_TYPES) {
      expect(TRIGGER_DEFINITIONS[type].type).toBe(type);
      expect(TRIGGER_DEFINITIONS[type].kind).toBe('trigger');
    }
    expect(Object.keys(TRIGGER_DEFINITIONS).sort()).toEqual([...TRIGGER_TYPES].sort());
  });

  it('groups the palette as docs/semantics.md §3.1 says', () => {
    const groups = Object.fromEntries(
      paletteGroups().map(({ group, items }) => [group, items.map((item) => item.def.type)]),
    );
    expect(groups.communications).toEqual(['email.send', 'sms.send', 'call.robocall', 'chat.send']);
    expect([...groups.order!].sort()).toEqual(
      [
        'order.status',
        'order.pay',
        'order.allowDelivery',
        'order.ship',
        'order.cancel',
        'order.update',
        'code.generate',
      ].sort(),
    );
    expect([...groups.employees!].sort()).toEqual(
      [
        'workflow.run',
        'task.create',
        'employee.notify',
        'order.comment',
        'order.responsible',
        'log.write',
        'document.create',
      ].sort(),
    );
    expect(groups.triggers).toEqual([...TRIGGER_TYPES]);
  });

  it('names only valid reference lists in its fields', () => {
    const references = allDefinitions.flatMap((d) =>
      d.fields.flatMap((f) => (f.reference ? [f.reference] : [])),
    );
    expect(references.length).toBeGreaterThan(10);
    for (const ref of references) expect(VALID_LISTS.has(ref satisfies ReferenceList), ref).toBe(true);
  });

  it('gives every definition a title, a one-sentence description and unique field keys', () => {
    for (const def of allDefinitions) {
      expect(def.title.trim(), def.type).not.toBe('');
      expect(def.description, def.type).toMatch(/^[A-Z].*\.$/);
      const keys = def.fields.map((f: SettingField) => f.key);
      expect(new Set(keys).size, def.type).toBe(keys.length);
    }
  });

  it('makes every visibleWhen point at another field of the same form', () => {
    for (const def of allDefinitions) {
      const keys = new Set(def.fields.map((f: SettingField) => f.key));
      for (const field of def.fields as SettingField[]) {
        if (field.visibleWhen) expect(keys.has(field.visibleWhen.key), `${def.type}.${field.key}`).toBe(true);
      }
    }
  });

  it('declares form fields only for settings the schema knows', () => {
    // A field the schema would strip or reject means the form edits something that is never saved.
    for (const def of allDefinitions) {
      const shape = (def.settingsSchema as unknown as { shape?: Record<string, unknown> }).shape;
      const inner = (def.settingsSchema as unknown as { def?: { in?: { shape?: Record<string, unknown> } } })
        .def;
      const keys = Object.keys(shape ?? inner?.in?.shape ?? {});
      for (const field of def.fields as SettingField[])
        expect(keys, `${def.type}.${field.key}`).toContain(field.key);
    }
  });

  it('lists the events each robot emits among what its effect can emit', () => {
    const emitted = Object.values(ROBOT_DEFINITIONS).flatMap((d) => d.emits);
    expect(new Set(emitted)).toEqual(
      new Set([
        'task.created',
        'order.responsibleChanged',
        'payment.received',
        'shipment.allowed',
        'shipment.shipped',
        'order.canceled',
        'document.created',
        'email.sent',
        'sms.sent',
        'call.outgoing',
        'chat.sent',
      ]),
    );
  });
});
