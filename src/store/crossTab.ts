/*
 * Two tabs of one browser share localStorage. Each browser copy of a design carries a version that
 * grows with every change of its content and the id of the tab that wrote it; a tab remembers the
 * version its own copy is based on. These two rules decide, without touching storage or the DOM,
 * when a tab may write and when it must tell its user that another tab got there first.
 */

/** Who wrote a browser copy, and which version of the design it is. */
export interface CopyStamp {
  version: number;
  tabId: string;
}

/** What this tab knows: its id and the version of the copy its design is based on. */
export interface TabView {
  tabId: string;
  baseVersion: number;
}

export type WriteDecision =
  /** Write, stamped with this version (the same one when only the viewport or server link changed). */
  | { kind: 'write'; version: number }
  /** Another tab stored a newer version: writing would overwrite it silently. */
  | { kind: 'refuse'; theirs: CopyStamp };

/** May this tab write its copy over what is stored now? */
export function decideWrite(stored: CopyStamp | null, mine: TabView, contentChanged: boolean): WriteDecision {
  const current = stored?.version ?? 0;
  if (stored && current > mine.baseVersion) return { kind: 'refuse', theirs: stored };
  const base = Math.max(current, mine.baseVersion);
  return { kind: 'write', version: contentChanged ? base + 1 : base };
}

/** Another tab just stored a copy of the design open here: does this tab's user need to know? */
export function decideIncoming(incoming: CopyStamp | null, mine: TabView): 'tell' | 'ignore' {
  if (!incoming || incoming.tabId === mine.tabId) return 'ignore';
  // The same version again is that tab's viewport or server link, not a different design.
  return incoming.version > mine.baseVersion ? 'tell' : 'ignore';
}
