import { parseExpression } from '@bpmn-io/feelin';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import type { ModdleElement } from 'bpmn-moddle';
import { createModdle } from '../../../src/io/bpmn/write';

/** The export read back by bpmn-moddle (with the Zeebe extensions), and what it warned about. */
export async function readBack(xml: string): Promise<{ definitions: ModdleElement; warnings: string[] }> {
  const { rootElement, warnings } = await createModdle().fromXML(xml);
  return { definitions: rootElement, warnings: warnings.map((w) => w.message) };
}

export interface LintReport {
  rule: string;
  id: string;
  message: string;
  category: string;
}

/** bpmnlint's recommended rules plus Camunda 8.8 compatibility; a new Linter per document. */
export async function lint(definitions: ModdleElement): Promise<LintReport[]> {
  const linter = new Linter({
    config: { extends: ['bpmnlint:recommended', 'plugin:camunda-compat/camunda-cloud-8-8'] },
    resolver: new NodeResolver(),
  });
  const results = (await linter.lint(definitions)) as Record<
    string,
    { id: string; message: string; category: string }[]
  >;
  return Object.entries(results).flatMap(([rule, reports]) => reports.map((r) => ({ rule, ...r })));
}

/** Every FEEL expression of the document: conditions, timers, mappings, correlation keys. */
export function feelExpressions(xml: string): string[] {
  const out: string[] = [];
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  for (const m of xml.matchAll(/<bpmn:(?:conditionExpression|timeDate)[^>]*>([^<]*)</g))
    out.push(decode(m[1]!));
  for (const m of xml.matchAll(/(?:source|correlationKey)="(=[^"]*)"/g)) out.push(decode(m[1]!));
  return out;
}

/** The FEEL expressions (without their leading `=`) that @bpmn-io/feelin cannot parse, with the reason. */
export function unparsableFeel(expressions: string[]): string[] {
  const bad: string[] = [];
  for (const e of expressions) {
    const body = e.startsWith('=') ? e.slice(1) : e;
    try {
      parseExpression(body, {}, undefined);
    } catch (error) {
      bad.push(`${body}: ${(error as Error).message}`);
    }
  }
  return bad;
}
