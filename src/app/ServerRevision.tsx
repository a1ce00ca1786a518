import { useStore } from 'zustand';
import type { Flow } from '../domain/flow';
import { browserCopyOf, serverLinkFor, useDesigner, useDesignerStoreApi } from '../store';
import type { ServerLink, ServerNote } from '../store';
import { englishTranslator } from '../i18n';
import type { Translator } from '../i18n';
import { useTranslator } from '../i18n/react';
import { NARROW_ONLY, WIDE_ONLY } from '../ui/barFold';

export type ServerRevisionTone = 'ok' | 'pending' | 'warning';

/** What the indicator says about the open design and the server, in the order that matters most. */
export function serverRevisionText(
  flow: Flow,
  link: ServerLink | null,
  note: ServerNote,
  { t }: Translator = englishTranslator,
): { text: string; short: string; tone: ServerRevisionTone } {
  const said = (key: 'offline' | 'unreachable' | 'newer' | 'none', tone: ServerRevisionTone) => ({
    text: t(`topBar.server.${key}`),
    short: t(`topBar.server.${key}.short`),
    tone,
  });
  if (note === 'offline') return said('offline', 'warning');
  if (note === 'unreachable') return said('unreachable', 'warning');
  if (note === 'newer') return said('newer', 'warning');
  if (!link) return said('none', 'pending');
  const revision = link.revision;
  if (link.flow === flow)
    return {
      text: t('topBar.server.saved', { revision }),
      short: t('topBar.server.saved.short', { revision }),
      tone: 'ok',
    };
  return {
    text: t('topBar.server.changed', { revision }),
    short: t('topBar.server.changed.short', { revision }),
    tone: 'pending',
  };
}

const DOT: Record<ServerRevisionTone, string> = {
  ok: 'bg-emerald-500',
  pending: 'bg-slate-400',
  warning: 'bg-rose-500',
};

/** The server side of "is my work safe": beside the browser save state in the top bar. */
export function ServerRevision() {
  const store = useDesignerStoreApi();
  const flow = useDesigner((s) => s.flow);
  const link = useStore(browserCopyOf(store), (s) => serverLinkFor(s, flow.id));
  const note = useStore(browserCopyOf(store), (s) => s.serverNote);
  const translator = useTranslator();
  const { text, short, tone } = serverRevisionText(flow, link, note, translator);
  return (
    <span
      role="status"
      aria-label={translator.t('topBar.server.label', { text })}
      title={text}
      className="inline-flex max-w-[15rem] items-center gap-1.5 text-xs text-fg-muted"
    >
      <span className={`h-1.5 w-1.5 shrink-0 rounded-full ${DOT[tone]}`} aria-hidden="true" />
      {/* In a crowded bar a short form, the whole sentence in the tooltip. */}
      <span data-fold="1" className={`truncate ${WIDE_ONLY}`}>
        {text}
      </span>
      <span data-fold-menu="1" className={`truncate ${NARROW_ONLY}`} aria-hidden="true">
        {short}
      </span>
    </span>
  );
}
