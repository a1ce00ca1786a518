import { useStore } from 'zustand';
import type { Flow } from '../domain/flow';
import { browserCopyOf, serverLinkFor, useDesigner, useDesignerStoreApi } from '../store';
import type { ServerLink, ServerNote } from '../store';

export type ServerRevisionTone = 'ok' | 'pending' | 'warning';

/** What the indicator says about the open design and the server, in the order that matters most. */
export function serverRevisionText(
  flow: Flow,
  link: ServerLink | null,
  note: ServerNote,
): { text: string; short: string; tone: ServerRevisionTone } {
  if (note === 'offline')
    return { text: 'Offline — saved in this browser', short: 'Offline', tone: 'warning' };
  if (note === 'unreachable')
    return { text: 'Server unavailable — saved in this browser', short: 'Server down', tone: 'warning' };
  if (note === 'newer')
    return { text: 'Server has a newer revision', short: 'Newer on server', tone: 'warning' };
  if (!link) return { text: 'Not saved to server', short: 'Not on server', tone: 'pending' };
  const rev = `rev ${link.revision}`;
  if (link.flow === flow) return { text: `Saved to server · ${rev}`, short: rev, tone: 'ok' };
  return { text: `Not saved to server · based on ${rev}`, short: `${rev} + changes`, tone: 'pending' };
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
  const { text, short, tone } = serverRevisionText(flow, link, note);
  return (
    <span
      role="status"
      aria-label={`Server: ${text}`}
      title={text}
      className="inline-flex max-w-[15rem] items-center gap-1.5 text-xs text-fg-muted"
    >
      <span className={`h-1.5 w-1.5 shrink-0 rounded-full ${DOT[tone]}`} aria-hidden="true" />
      {/* The top bar is crowded below 2xl: a short form there, the whole sentence in the tooltip. */}
      <span className="truncate max-2xl:hidden">{text}</span>
      <span className="truncate 2xl:hidden" aria-hidden="true">
        {short}
      </span>
    </span>
  );
}
