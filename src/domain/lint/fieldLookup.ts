import type { FieldInfo } from '../fields';
import { SHIPMENT_FIELDS, fieldLabel, findField, orderFields } from '../fields';
import type { Translator } from '../../i18n/translator';
import type { Environment } from '../scenario';
import type { LintContext } from './types';

export type FieldLookup =
  | {
      kind: 'known';
      info: FieldInfo;
      /** Custom fields declared with type `any` accept every value. */ anyType: boolean;
    }
  | { kind: 'undeclaredCustom'; name: string }
  | { kind: 'unknown'; suggestion?: string };

/**
 * Looks a field path up the way conditions, delays and templates see it. Shipment fields exist only
 * inside a shipment condition, and only they do there.
 */
export function lookupField(
  path: string,
  env: Environment,
  where: 'order' | 'shipment' = 'order',
): FieldLookup {
  if (where === 'shipment') {
    const info = SHIPMENT_FIELDS.find((f) => f.path === path);
    return info
      ? { kind: 'known', info, anyType: false }
      : { kind: 'unknown', ...suggest(path, SHIPMENT_FIELDS) };
  }
  const info = findField(path, env.customFields);
  if (info && !info.shipmentOnly) {
    const decl =
      info.group === 'custom' ? env.customFields.find((c) => `order.custom.${c.name}` === path) : undefined;
    return { kind: 'known', info, anyType: decl?.type === 'any' };
  }
  const custom = /^order\.custom\.([A-Za-z0-9_]+)$/.exec(path);
  if (custom) return { kind: 'undeclaredCustom', name: custom[1]! };
  return { kind: 'unknown', ...suggest(path, orderFields(env.customFields)) };
}

/** The closest known path, when a typo is the likely cause (case, or up to 3 edits). */
function suggest(path: string, fields: readonly FieldInfo[]): { suggestion?: string } {
  let best: { path: string; distance: number } | undefined;
  for (const f of fields) {
    const distance = f.path.toLowerCase() === path.toLowerCase() ? 0 : editDistance(path, f.path);
    if (!best || distance < best.distance) best = { path: f.path, distance };
  }
  return best && best.distance <= 3 ? { suggestion: best.path } : {};
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * "Did you mean …?" for messages, naming the likely field by its label (in the context's language
 * when it has a translator): business users never see field paths.
 */
export function didYouMeanField(
  lookup: FieldLookup,
  env: Environment,
  ctx: Pick<LintContext, 't'> & { translator?: Translator },
): string {
  if (lookup.kind !== 'unknown' || !lookup.suggestion) return '';
  const label = ctx.translator
    ? fieldLabel(lookup.suggestion, ctx.translator, env.customFields)
    : (findField(lookup.suggestion, env.customFields)?.label ?? lookup.suggestion);
  return ` ${ctx.t('lint.didYouMeanField', { label })}`;
}
