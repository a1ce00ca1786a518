import type { Flow } from '../../domain/flow';
import type { LoadFlowResult } from '../loadFlow';
import { loadFlow } from '../loadFlow';
import { withStableKeys } from '../serialize';
import { fromBase64Url, toBase64Url } from './base64url';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

/*
 * A share link carries the whole flow in the URL fragment, which browsers never send to a server:
 * `#flow=z.<base64url of deflate-raw JSON>`. `z` marks compressed data; `j` marks plain UTF-8 JSON,
 * written where CompressionStream is missing, so such links still open everywhere.
 */
const KEY = 'flow=';
/** A decompressed link larger than this is refused: a tiny fragment must not inflate into gigabytes. */
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const hasCompression = () =>
  typeof CompressionStream !== 'undefined' && typeof DecompressionStream !== 'undefined';

async function pipe(
  bytes: Uint8Array,
  transform: GenericTransformStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The fragment (without `#`) that carries `flow`; compact JSON in stable key order, then compressed. */
export async function encodeShareFragment(flow: Flow): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(withStableKeys(flow)));
  if (hasCompression()) {
    try {
      return `${KEY}z.${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
    } catch {
      // A runtime without deflate-raw: fall through to the uncompressed form.
    }
  }
  return `${KEY}j.${toBase64Url(json)}`;
}

/** True when a URL fragment (with or without `#`) looks like a share link. */
export const isShareFragment = (fragment: string): boolean => fragment.replace(/^#/, '').startsWith(KEY);

const damaged = (message: string): LoadFlowResult => ({
  ok: false,
  errors: [{ code: 'OF001', path: '$', message }],
});

/** Reads a share fragment back into a flow, through the same loader as an imported file. */
export async function decodeShareFragment(
  fragment: string,
  translator: Translator = englishTranslator,
): Promise<LoadFlowResult> {
  const { t } = translator;
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(KEY)) return damaged(t('io.share.noFlow'));
  const [mode, data = ''] = body.slice(KEY.length).split('.', 2);
  const bytes = fromBase64Url(data);
  if (!bytes || (mode !== 'z' && mode !== 'j')) return damaged(t('io.share.damaged'));
  let json: Uint8Array;
  if (mode === 'j') json = bytes;
  else if (!hasCompression()) return damaged(t('io.share.unsupported'));
  else {
    try {
      json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DOCUMENT_BYTES);
    } catch {
      return damaged(t('io.share.damagedOrLarge'));
    }
  }
  return loadFlow(new TextDecoder().decode(json), translator);
}

/** `page` with its fragment replaced by the share fragment of `flow`. */
export async function shareUrl(flow: Flow, page: string): Promise<string> {
  const url = new URL(page);
  url.hash = await encodeShareFragment(flow);
  return url.toString();
}
