import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import {
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
  shareUrl,
} from '../../../src/io/exchange';
import { toBase64Url } from '../../../src/io/exchange/base64url';

describe('share links', () => {
  it('round-trips the flow through a compressed fragment much smaller than the JSON', async () => {
    const fragment = await encodeShareFragment(DEFAULT_FLOW);
    expect(fragment).toMatch(/^flow=z\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(JSON.stringify(DEFAULT_FLOW).length / 2);
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, flow: DEFAULT_FLOW, warnings: [] });
  });

  it('builds a URL that keeps the page and replaces the fragment', async () => {
    const url = await shareUrl(DEFAULT_FLOW, 'https://designer.example/app/?x=1#old');
    const parsed = new URL(url);
    expect(parsed.pathname + parsed.search).toBe('/app/?x=1');
    expect(isShareFragment(parsed.hash)).toBe(true);
    expect((await decodeShareFragment(parsed.hash)).ok).toBe(true);
  });

  it('falls back to plain JSON where CompressionStream is missing, and such links open', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    try {
      const fragment = await encodeShareFragment(DEFAULT_FLOW);
      expect(fragment.startsWith('flow=j.')).toBe(true);
      expect(await decodeShareFragment(fragment)).toMatchObject({ ok: true, flow: DEFAULT_FLOW });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it.each([
    ['not a share link', 'other=1', /does not contain a shared flow/],
    ['unknown mode', 'flow=q.AAAA', /damaged/],
    ['not base64url', 'flow=z.%%%', /damaged/],
    ['cut off', 'flow=z.AAAAAAAA', /damaged/],
  ])('%s gives a clear error', async (_, fragment, message) => {
    const r = await decodeShareFragment(fragment);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({
        code: 'OF001',
        path: '$',
        message: expect.stringMatching(message),
      });
  });

  it('a link to something that is not a flow reports the loader error with its path', async () => {
    const json = new TextEncoder().encode(
      JSON.stringify({ format: 'orderflow.flow', version: 1, name: 'x' }),
    );
    const r = await decodeShareFragment(`flow=j.${toBase64Url(json)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('$.id');
  });
});
