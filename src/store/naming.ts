import type { Flow } from '../domain/flow';
import { namer } from '../domain/naming';
import type { Namer } from '../domain/naming';
import type { Environment } from '../domain/scenario';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { environmentOf } from './lint';
import type { DesignerState } from './types';

/*
 * One namer per document version and reference data, shared by every card, panel and message of
 * the designer: building it indexes the whole design once, instead of once per card.
 */
const cache = new WeakMap<Flow, { env: Environment; t: Translator; names: Namer }>();

/** The people-facing names of the design on screen (docs/semantics.md §7 for the reference lists). */
export function namesOf(
  s: Pick<DesignerState, 'flow' | 'reference'>,
  t: Translator = englishTranslator,
): Namer {
  const env = environmentOf(s as DesignerState);
  const hit = cache.get(s.flow);
  if (hit && hit.env === env && hit.t === t) return hit.names;
  const names = namer(s.flow, env, { t });
  cache.set(s.flow, { env, t, names });
  return names;
}
