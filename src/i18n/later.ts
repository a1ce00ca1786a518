import type { CompiledMessage } from './messageTypes';

/**
 * Messages that arrive after the first screen (docs/i18n.md, "The first load"). The designer's
 * build bundles only the messages of the areas the first screen shows (`messages/firstScreen.*.ts`,
 * put in place of `all.en`/`all.ru` by vite.config.ts); the other areas come in one chunk per
 * language, fetched as soon as the first screen is up, before any lazy part (lazyPart.ts) renders,
 * or when a message of theirs is asked for. They are added to the same message objects, so every
 * translator made from them (englishTranslator, the Russian one, its English fallback) has them
 * from then on; the language provider then hands its screens a fresh translator, so they re-render.
 *
 * Until then `t()` of such a key shows {@link NOT_YET} (never the key) and starts the fetch. The CLI,
 * the workers and the tests read every area at once: nothing is ever pending there.
 */

/** What `t()` returns for a message still on its way: a neutral ellipsis, replaced when it arrives. */
export const NOT_YET = '…';

type Step = () => Promise<void>;

const pending = new Set<Step>();
const listeners = new Set<() => void>();
let loading: Promise<void> | undefined;
let arrivals = 0;

/**
 * Registers the rest of a language's messages: `load` resolves to every message of it, which are
 * then added to `messages` (the first screen's, returned as they are, so a module can export them).
 */
export function withLaterAreas<M extends Record<string, CompiledMessage>>(
  messages: M,
  load: () => Promise<Readonly<Record<string, CompiledMessage>>>,
): M {
  const step: Step = async () => {
    const all = await load();
    for (const [key, message] of Object.entries(all))
      if (!(key in messages)) (messages as Record<string, CompiledMessage>)[key] = message;
    pending.delete(step);
  };
  pending.add(step);
  return messages;
}

/** Whether some messages have still to arrive (a missing key may then be one of them). */
export function laterMessagesPending(): boolean {
  return pending.size > 0;
}

/**
 * Fetches the messages still to come (once; again after a failure) and resolves when every
 * language registered so far has all of them. Resolves at once when nothing is pending.
 */
export function loadLaterMessages(): Promise<void> {
  if (pending.size === 0) return loading ?? Promise.resolve();
  loading ??= Promise.all([...pending].map((step) => step())).then(
    () => {
      loading = undefined;
      arrivals++;
      for (const listener of [...listeners]) listener();
      return loadLaterMessages();
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Calls `listener` each time messages have arrived; returns the way to stop. */
export function onLaterMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many times messages have arrived: a screen mounted before can tell it missed one. */
export function laterArrivals(): number {
  return arrivals;
}
