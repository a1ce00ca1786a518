import type { ReactNode } from 'react';

/** A titled, collapsible part of the scenario editor (native details: keyboard and screen readers for free). */
export function Section({
  title,
  children,
  open = true,
}: {
  title: string;
  children: ReactNode;
  open?: boolean;
}) {
  return (
    <details open={open} className="rounded border border-border">
      <summary className="cursor-pointer select-none px-2 py-1 text-xs font-semibold text-fg-soft">
        {title}
      </summary>
      <div className="space-y-2 p-2">{children}</div>
    </details>
  );
}
