/**
 * Inline SVG glyphs for the playback buttons: the ⏮ ⏸ ⏭ characters are missing from common Linux
 * fonts (they rendered as empty boxes in Debian's Chromium), and nothing may be fetched at run time.
 */
export type PlaybackGlyphName = 'step-back' | 'play' | 'pause' | 'step-forward';

const PATHS: Record<PlaybackGlyphName, string> = {
  'step-back': 'M4 3h2v10H4zM13 3v10L7 8z',
  play: 'M5 3v10l8-5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  'step-forward': 'M10 3h2v10h-2zM3 3v10l6-5z',
};

export function PlaybackGlyph({ name }: { name: PlaybackGlyphName }) {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="currentColor">
      <path d={PATHS[name]} />
    </svg>
  );
}
