import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { Command } from '../../domain/commands';
import type { Dispatch } from './types';

/** A titled block of the inspector; the heading names the region for screen readers. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-2 border-t border-border pt-3">
      <h3 id={id} className="text-[11px] font-semibold uppercase tracking-wide text-fg-muted">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Dispatches and remembers the last refusal, so the panel can say why an edit did not happen. */
export function useRun(dispatch: Dispatch) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const run = (command: Command) => {
    const result = dispatch(command);
    setRefusal(result.ok ? null : result.reason);
  };
  return { run, refusal };
}
