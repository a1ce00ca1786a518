import { renderWithSampleOrder } from '../../samples/sampleOrder';
import { smsParts } from '../../sms';
import { isVisible, lintNodes } from '../nodes';
import { problem } from '../problem';
import type { LintProblem, LintRule } from '../types';
import { robotName } from './names';

/** OF809: an SMS text that, with the sample order's values, is sent (and billed) in several parts. */
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
        const { encoding, units, parts } = smsParts(renderWithSampleOrder(text));
        if (parts < 2) continue;
        const why =
          encoding === 'UCS-2'
            ? 'it has characters outside GSM-7 (such as Cyrillic or emoji), so a part holds 67'
            : 'a part holds 153 GSM-7 characters';
        out.push(
          problem(
            'OF809',
            [...n.path, 'settings', field.key],
            `${robotName(ctx, n.node)} is sent as ${parts} SMS parts with the sample order's values: ${units} ${encoding === 'UCS-2' ? 'UCS-2' : 'GSM-7'} characters, and ${why}.`,
          ),
        );
      }
    }
    return out;
  },
};
