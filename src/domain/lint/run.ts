import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { Flow } from '../flow';
import type { Environment } from '../scenario';
import { buildContext } from './context';
import type { LintProblem, LintRule } from './types';

const SECTIONS = ['format', 'version', 'id', 'name', 'settings', 'statuses', 'robots', 'triggers'];

/** Document order: by section, then by item index; problems of one item keep the rule order. */
function documentOrder(path: string): [number, number] {
  const m = /^\$\.([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
  const section = m ? SECTIONS.indexOf(m[1]!) : -1;
  return [section === -1 ? SECTIONS.length : section, m?.[2] ? Number(m[2]) : -1];
}

/** Lints a flow with the given rules, its messages in `translator`'s language. Pure; problems in document order. */
export function lintWith(
  flow: Flow,
  env: Environment,
  rules: readonly LintRule[],
  translator: Translator = englishTranslator,
): LintProblem[] {
  const ctx = buildContext(flow, env, translator);
  const problems = rules.flatMap((rule) => rule.check(ctx));
  return problems
    .map((p, i) => ({ p, i, key: documentOrder(p.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.i - b.i)
    .map(({ p }) => p);
}
