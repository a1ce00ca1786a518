import type { EffectContext } from '../../types';

/** A phone or email type chosen in a robot's settings; `auto` takes the first entry of any type. */
export type ContactPointType = 'auto' | string;

type Entry = { type: string; value: string };

function firstOf(list: readonly Entry[] | undefined, type: ContactPointType): string | undefined {
  // Blank entries are data-entry leftovers, not numbers or addresses one can write to.
  const usable = (list ?? []).filter((e) => e.value.trim() !== '');
  const hit = type === 'auto' ? usable[0] : usable.find((e) => e.type === type);
  return hit?.value;
}

/**
 * docs/semantics.md §2 "Auto select": the contact's list first, then the company's. Returns undefined when
 * neither has an entry of the wanted type (the robot then fails).
 */
export function pickContactPoint(
  ctx: EffectContext,
  kind: 'phones' | 'emails',
  type: ContactPointType | undefined,
): string | undefined {
  const wanted = type ?? 'auto';
  return firstOf(ctx.contact[kind], wanted) ?? firstOf(ctx.company?.[kind], wanted);
}
