import { isVisible, lintNodes } from '../nodes';
import { problem } from '../problem';
import { describeNode } from '../nodes';
import type { LintProblem, LintRule } from '../types';

/** Hosts a telephony provider on the internet cannot fetch from. */
const PRIVATE_HOST =
  /^(localhost|.*\.local|.*\.internal|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/i;

export type AudioUrlReason =
  | { kind: 'notUrl' }
  | { kind: 'protocol'; protocol: string }
  | { kind: 'private'; host: string }
  | { kind: 'notMp3' };

/** Why a recording link cannot be played, or undefined when it looks fine. */
export function audioUrlReason(link: string): AudioUrlReason | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return { kind: 'notUrl' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { kind: 'protocol', protocol: url.protocol.replace(':', '') };
  if (PRIVATE_HOST.test(url.hostname)) return { kind: 'private', host: url.hostname };
  if (!url.pathname.toLowerCase().endsWith('.mp3')) return { kind: 'notMp3' };
  return undefined;
}

/** Why a recording link cannot be played (English), or undefined when it looks fine. */
export function audioUrlProblem(link: string): string | undefined {
  const why = audioUrlReason(link);
  if (!why) return undefined;
  switch (why.kind) {
    case 'notUrl':
      return 'is not a web address';
    case 'protocol':
      return `uses ${why.protocol}, not http or https`;
    case 'private':
      return `points to ${why.host}, which is not reachable from the internet`;
    case 'notMp3':
      return 'does not point to an .mp3 file';
  }
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
        const why = audioUrlReason(link);
        if (why)
          out.push(
            problem(
              'OF104',
              [...n.path, 'settings', field.key],
              ctx.t('lint.msg.OF104', {
                node: describeNode(n, ctx),
                why: why.kind,
                protocol: why.kind === 'protocol' ? why.protocol : '',
                host: why.kind === 'private' ? why.host : '',
              }),
            ),
          );
      }
    }
    return out;
  },
};
