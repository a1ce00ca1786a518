import { outputKeysOf, robotDefinition } from '../../catalog';
import { catalogOutputLabel } from '../../../i18n/catalogFields';
import { templatePaths } from '../../templates';
import { ancestors } from '../context';
import { didYouMeanField, lookupField } from '../fieldLookup';
import type { LintNode } from '../nodes';
import { describeNode, isVisible, lintNodes, textsIn } from '../nodes';
import type { PathSegment } from '../jsonPath';
import { problem } from '../problem';
import type { LintContext, LintProblem, LintRule } from '../types';

const ROBOT_OUTPUT = /^robots\.([^.]+)\.([^.]+)/;

function checkRobotOutput(
  ctx: LintContext,
  n: LintNode,
  insert: string,
  at: PathSegment[],
): LintProblem | undefined {
  const m = ROBOT_OUTPUT.exec(insert);
  if (!m) return problem('OF201', at, ctx.t('lint.msg.OF201.noRobot', { node: describeNode(n, ctx) }));
  const [, id, key] = m as unknown as [string, string, string];
  const source = ctx.robotById.get(id);
  if (!source) return problem('OF204', at, ctx.t('lint.msg.OF204', { node: describeNode(n, ctx) }));
  const keys = outputKeysOf(robotDefinition(source.type));
  if (!keys.includes(key)) {
    return problem(
      'OF203',
      at,
      keys.length
        ? ctx.t('lint.msg.OF203.outputs', {
            node: describeNode(n, ctx),
            key,
            robot: ctx.names.robot(source.id),
            // By the labels the `{{` list offers them under, not by their keys.
            outputs: keys
              .map((k) =>
                ctx.t('catalog.names.quoted', { text: catalogOutputLabel(ctx.translator, source.type, k) }),
              )
              .join(', '),
          })
        : ctx.t('lint.msg.OF203.none', {
            node: describeNode(n, ctx),
            key,
            robot: ctx.names.robot(source.id),
          }),
    );
  }
  const precedes = n.kind === 'robot' && ancestors(ctx, n.node).includes(source);
  if (!precedes) {
    return problem(
      'OF202',
      at,
      ctx.t('lint.msg.OF202', { node: describeNode(n, ctx), robot: ctx.names.robot(source.id) }),
    );
  }
  return undefined;
}

/** OF201–OF205: every {{path}} in template settings names a field or an earlier robot's output. */
export const templatesRule: LintRule = {
  name: 'templates',
  codes: ['OF201', 'OF202', 'OF203', 'OF204', 'OF205'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const n of lintNodes(ctx)) {
      for (const field of n.def.fields) {
        if (!field.template || !isVisible(field, n.node.settings)) continue;
        for (const { text, path } of textsIn(n.node.settings[field.key])) {
          const at = [...n.path, 'settings', field.key, ...path];
          for (const { path: insert } of templatePaths(text)) {
            if (insert === 'robots' || insert.startsWith('robots.')) {
              const p = checkRobotOutput(ctx, n, insert, at);
              if (p) out.push(p);
              continue;
            }
            const found = lookupField(insert, ctx.env);
            if (found.kind === 'unknown') {
              out.push(
                problem(
                  'OF201',
                  at,
                  ctx.t('lint.msg.OF201.unknownField', { node: describeNode(n, ctx) }) +
                    didYouMeanField(found, ctx.env, ctx),
                ),
              );
            } else if (found.kind === 'undeclaredCustom') {
              out.push(
                problem(
                  'OF205',
                  at,
                  ctx.t('lint.msg.OF205.insert', { node: describeNode(n, ctx), field: found.name }),
                ),
              );
            }
          }
        }
      }
    }
    return out;
  },
};

/** OF206 (and OF205): robots that write a field must name one that exists. */
export const writtenFieldsRule: LintRule = {
  name: 'written-fields',
  codes: ['OF205', 'OF206'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const n of lintNodes(ctx)) {
      const targets: { field: unknown; at: PathSegment[] }[] = [];
      // The settings that name written fields, as the type declares them: a field select, or rows of
      // {field, value} assignments.
      for (const f of n.def.fields) {
        const value = n.node.settings[f.key];
        if (f.writesField) targets.push({ field: value, at: [...n.path, 'settings', f.key] });
        if (f.widget === 'fieldAssignments' && Array.isArray(value)) {
          value.forEach((row: unknown, i) => {
            if (row && typeof row === 'object' && 'field' in row)
              targets.push({ field: row.field, at: [...n.path, 'settings', f.key, i, 'field'] });
          });
        }
      }
      for (const { field, at } of targets) {
        if (typeof field !== 'string' || field === '') continue; // absent means the default; empty is OF101/OF102
        const found = lookupField(field, ctx.env);
        if (found.kind === 'unknown')
          out.push(
            problem(
              'OF206',
              at,
              ctx.t('lint.msg.OF206', { node: describeNode(n, ctx), field }) +
                didYouMeanField(found, ctx.env, ctx),
            ),
          );
        if (found.kind === 'undeclaredCustom')
          out.push(
            problem(
              'OF205',
              at,
              ctx.t('lint.msg.OF205.writes', { node: describeNode(n, ctx), field: found.name }),
            ),
          );
      }
    }
    return out;
  },
};
