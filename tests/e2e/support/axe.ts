import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type AxeCore from 'axe-core';
import type { AxeResults, ImpactValue, Result } from 'axe-core';

/*
 * axe-core in a real page. @axe-core/playwright needs Node 22, so the engine is injected from
 * node_modules as a plain script and run through page.evaluate.
 */

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.0/2.1 levels A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeScope {
  /** CSS selectors the check is limited to (one dialog, say); the whole page when absent. */
  include?: string[];
  /** CSS selectors left out of the check, each with the reason in the caller's comment. */
  exclude?: string[];
}

/** Runs axe on the whole page as it stands and returns every violation. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<Result[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    async ({ tags, include, exclude }) => {
      const axe = (window as unknown as { axe: typeof AxeCore }).axe;
      const context = {
        include: include.length > 0 ? include.map((selector) => [selector]) : [document],
        exclude: exclude.map((selector) => [selector]),
      };
      return (await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      })) as AxeResults;
    },
    { tags: TAGS, include: scope.include ?? [], exclude: scope.exclude ?? [] },
  );
  return results.violations;
}

const SEVERE: ImpactValue[] = ['serious', 'critical'];

/** The violations a user of assistive technology would be stopped by. */
export const severe = (violations: Result[]) =>
  violations.filter((v) => v.impact !== undefined && SEVERE.includes(v.impact));

/**
 * One paragraph per rule: id, impact, what to do, and the first few elements with axe's own
 * summary of what is wrong with each (for contrast: the two colours and the ratio).
 */
export function formatViolations(violations: Result[], shown = 6): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, shown).map((node) => {
        const target = node.target.map(String).join(' >> ');
        const why = node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? '';
        return `    - ${target}${why ? `\n      ${why}` : ''}`;
      });
      const more = v.nodes.length > shown ? [`    … and ${v.nodes.length - shown} more`] : [];
      return [`${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}
