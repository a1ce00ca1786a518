import { renderWithSampleOrder } from '../../samples/sampleOrder';
import { smsParts } from '../../sms';
import { isVisible, lintNodes } from '../nodes';
import { problem } from '../problem';
import type { LintProblem, LintRule } from '../types';
import { robotName } from './names';

/**
 * OF809: an SMS text that, with the values of the sample order of the designer's language, is sent
 * (and billed) in several parts.
 */
export const smsPartsRule: LintRule = {
  name: 'sms-parts',
  codes: ['OF809'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const n of lintNodes(ctx)) {
      if (n.kind !== 'robot' || n.node.disabled) continue;
      for (const field of n.def.fields) {
        const text = n.node.settings[field.key];
        if (!field.smsText || typeof text !== 'string' || !isVisible(field, n.node.settings)) continue;
        const { encoding, units, parts } = smsParts(renderWithSampleOrder(text, ctx.translator));
        if (parts < 2) continue;
        out.push(
          problem(
            'OF809',
            [...n.path, 'settings', field.key],
            ctx.t('lint.msg.OF809', {
              robot: robotName(ctx, n.node),
              parts,
              units,
              encoding: encoding === 'UCS-2' ? 'UCS-2' : 'GSM-7',
              wide: String(encoding === 'UCS-2'),
            }),
          ),
        );
      }
    }
    return out;
  },
};
