import { isVisible, lintNodes } from '../nodes';
import { problem } from '../problem';
import { describeNode } from '../nodes';
import type { LintProblem, LintRule } from '../types';

/** Hosts a telephony provider on the internet cannot fetch from. */
const PRIVATE_HOST =
  /^(localhost|.*\.local|.*\.internal|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/i;

/** Why a recording link cannot be played, or undefined when it looks fine. */
export function audioUrlProblem(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return 'is not a web address';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `uses ${url.protocol.replace(':', '')}, not http or https`;
  if (PRIVATE_HOST.test(url.hostname))
    return `points to ${url.hostname}, which is not reachable from the internet`;
  if (!url.pathname.toLowerCase().endsWith('.mp3')) return 'does not point to an .mp3 file';
  return undefined;
}

/** OF104: a recording link (a robocall in audio mode) needs a public http(s) link to an .mp3 file. */
export const audioRule: LintRule = {
  name: 'audio',
  codes: ['OF104'],
  check(ctx) {
    const out: LintProblem[] = [];
    for (const n of lintNodes(ctx)) {
      for (const field of n.def.fields) {
        const link = n.node.settings[field.key];
        if (
          !field.recordingLink ||
          !isVisible(field, n.node.settings) ||
          typeof link !== 'string' ||
          !link.trim()
        )
          continue;
        const why = audioUrlProblem(link);
        if (why)
          out.push(
            problem(
              'OF104',
              [...n.path, 'settings', field.key],
              `The recording link of ${describeNode(n)} ${why}; it must be a public http(s) link to an .mp3 file.`,
            ),
          );
      }
    }
    return out;
  },
};
